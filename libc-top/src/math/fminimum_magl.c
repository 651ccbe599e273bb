#include "libm.h"

/* C23 7.12.12.7: the argument of lesser magnitude, else fminimum. */
long double fminimum_magl(long double x, long double y)
{
	long double ax = fabsl(x), ay = fabsl(y);
	if (ax < ay)
		return x;
	if (ay < ax)
		return y;
	return fminimuml(x, y);
}
