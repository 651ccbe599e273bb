#include "libm.h"

double j0(double x)
{
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : 0.0;
	if (__builtin_fabs(x) < 0x1p-27)
		return 1.0;
	dd r;
	if (!__bessel_near_zero(0, 0, __builtin_fabs(x), &r))
		r = __bessel_j(0, x);
	return r.hi + r.lo;
}
