#include "libm.h"

/* Y0 has a logarithmic pole at 0 and is real only for x >= 0. */
double y0(double x)
{
	if (__builtin_isnan(x))
		return x + x;
	if (x < 0)
		return __math_edom(__builtin_nan(""));
	if (x == 0)
		return __math_erange(-__builtin_inf());
	if (x == __builtin_inf())
		return 0.0;
	dd r;
	if (!__bessel_near_zero(0, 1, x, &r))
		r = __bessel_y(0, x);
	return r.hi + r.lo;
}
