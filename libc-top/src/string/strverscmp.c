#define _GNU_SOURCE
#include <ctype.h>
#include <string.h>

/* Compares as strcmp, except that runs of digits compare by numeric value;
   runs with leading zeros are fractional parts and compare as such (the GNU
   definition: "000" < "00" < "01" < "010" < "09" < "0" < "1" < "9" < "10"). */
int strverscmp(const char *l0, const char *r0)
{
	const unsigned char *l = (const void *)l0, *r = (const void *)r0;
	size_t i = 0, dp = 0;
	int z = 1;
	for (; l[i] == r[i]; i++) {
		int c = l[i];
		if (!c)
			return 0;
		if (!isdigit(c))
			dp = i + 1, z = 1;
		else if (c != '0')
			z = 0;
	}
	if (l[dp] - '1' < 9U && r[dp] - '1' < 9U) {
		/* Both numbers are integers without leading zeros at this point: the
		   longer digit run is the larger number. */
		size_t j;
		for (j = i; isdigit(l[j]); j++)
			if (!isdigit(r[j]))
				return 1;
		if (isdigit(r[j]))
			return -1;
	} else if (z && dp < i && (isdigit(l[i]) || isdigit(r[i]))) {
		/* Common leading zeros: the side whose digits continue is smaller. */
		return (unsigned char)(l[i] - '0') - (unsigned char)(r[i] - '0');
	}
	return l[i] - r[i];
}
