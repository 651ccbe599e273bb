#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* fcvt: x rounded to ndigit digits after the decimal point, as a digit
   string, with the point's position and the sign returned separately.
   Leading zeros are dropped, each moving the point one place left
   (0.0123 with 4 digits is "123" with the point at -1); a result that is
   all zeros keeps its ndigit zeros, with the point at 0. */
char *fcvt(double x, int ndigit, int *decpt, int *sign)
{
	static char digits[400];
	char buf[420];
	if (ndigit < 0)
		ndigit = 0;
	if (ndigit > 60)
		ndigit = 60;
	snprintf(buf, sizeof buf, "%.*f", ndigit, x);
	*sign = buf[0] == '-';
	const char *p = buf + *sign;
	size_t ilen = strcspn(p, ".");
	size_t n = 0;
	for (; *p; p++)
		if (*p != '.')
			digits[n++] = *p;
	digits[n] = 0;
	size_t zeros = strspn(digits, "0");
	if (zeros == n) {
		memset(digits, '0', (size_t)ndigit);
		digits[ndigit] = 0;
		*decpt = 0;
		return digits;
	}
	memmove(digits, digits + zeros, n - zeros + 1);
	*decpt = (int)ilen - (int)zeros;
	return digits;
}
