#include "libm.h"

double y1(double x)
{
	if (__builtin_isnan(x))
		return x + x;
	if (x < 0)
		return __math_edom(__builtin_nan(""));
	if (x == 0)
		return __math_erange(-__builtin_inf());
	if (x == __builtin_inf())
		return 0.0;
	if (x < 0x1p-60) {
		/* Y1(x) = -2/(pi x) + O(x log x): the quotient in double-double
		   from x scaled to [0.5, 1), then rounded once at the scale of
		   the result, which may overflow. */
		int e;
		double m = frexp(x, &e);
		dd q = dd_div((dd){ -0x1.45f306dc9c883p-1, 0x1.6b01ec5417056p-55 }, (dd){ m, 0 });
		return __dd_ldexp(q, -e);
	}
	dd r;
	if (!__bessel_near_zero(1, 1, x, &r))
		r = __bessel_y(1, x);
	return r.hi + r.lo;
}
