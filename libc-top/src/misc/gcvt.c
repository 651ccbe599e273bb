#include <stdio.h>
#include <stdlib.h>

/* gcvt: x in %g style with ndigit significant digits, into buf. */
char *gcvt(double x, int ndigit, char *buf)
{
	sprintf(buf, "%.*g", ndigit, x);
	return buf;
}
