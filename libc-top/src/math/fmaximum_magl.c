#include "libm.h"

/* C23 7.12.12.6: the argument of greater magnitude, else fmaximum. */
long double fmaximum_magl(long double x, long double y)
{
	long double ax = fabsl(x), ay = fabsl(y);
	if (ax > ay)
		return x;
	if (ay > ax)
		return y;
	return fmaximuml(x, y);
}
