#include "libm.h"

/* C23 7.12.12.6: the argument of greater magnitude, else fmaximum. */
double fmaximum_mag(double x, double y)
{
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
	if (ax > ay)
		return x;
	if (ay > ax)
		return y;
	return fmaximum(x, y);
}
