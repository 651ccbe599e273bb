#include "libm.h"

/* C23 7.12.12.7: the argument of lesser magnitude, else fminimum. */
double fminimum_mag(double x, double y)
{
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
	if (ax < ay)
		return x;
	if (ay < ax)
		return y;
	return fminimum(x, y);
}
