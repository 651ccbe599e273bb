#include "libm.h"

double j1(double x)
{
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : 0.0;
	if (__builtin_fabs(x) < 0x1p-27)
		return 0.5 * x;
	dd r;
	if (!__bessel_near_zero(1, 0, __builtin_fabs(x), &r))
		r = __bessel_j(1, x);
	double y = r.hi + r.lo;
	return x < 0 ? -y : y;
}
