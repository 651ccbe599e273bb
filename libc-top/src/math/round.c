#include "libm.h"

double round(double x)
{
	double t = __builtin_trunc(x);
	/* x - t is exact: both lie in the same binade or t is zero. */
	if (__builtin_fabs(x - t) >= 0.5)
		t += __builtin_copysign(1.0, x);
	return t;
}
