/* strlen, strchr and strcmp over strings of many lengths. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char s[4096], t[4096];

int main(int argc, char **argv)
{
	int scale = argc > 1 ? atoi(argv[1]) : 1;
	unsigned long sum = 0;
	memset(s, 'a', sizeof s - 1);
	memset(t, 'a', sizeof t - 1);
	for (int rep = 0; rep < 300 * scale; rep++)
		for (size_t n = 1; n < sizeof s; n += n / 4 + 1) {
			s[n] = 0;
			t[n] = 0;
			sum += strlen(s + (rep & 7));
			sum += strchr(s, 'b') == 0;
			sum += strcmp(s, t) == 0;
			s[n] = 'a';
			t[n] = 'a';
		}
	printf("%lu\n", sum);
	return 0;
}
