#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ecvt: ndigit significant digits of x, correctly rounded (through
   printf's exact conversion), with the decimal point's position and the
   sign returned separately. The result lives in a static buffer. */
char *ecvt(double x, int ndigit, int *decpt, int *sign)
{
	static char digits[32];
	char buf[48];
	if (ndigit < 1)
		ndigit = 1;
	if (ndigit > 17)
		ndigit = 17;
	snprintf(buf, sizeof buf, "%.*e", ndigit - 1, x);
	*sign = buf[0] == '-';
	const char *p = buf + *sign;
	size_t n = 0;
	for (; *p && *p != 'e'; p++)
		if (*p != '.')
			digits[n++] = *p;
	digits[n] = 0;
	*decpt = x == 0 ? 0 : atoi(p + 1) + 1;
	return digits;
}
