#include "libm.h"

/* asin(x) = atan(x / sqrt(1 - x^2)) with 1 - x^2 = (1 - x)(1 + x) and the
   quotient in double-double, so that no step rounds at the result's scale. */
double asin(double x)
{
	double a = __builtin_fabs(x);
	if (!(a < 1)) {
		if (a == 1)
			return x * 0x1.921fb54442d18p+0 + x * 0x1.1a62633145c07p-54;
		if (__builtin_isnan(x))
			return x + x;
		return __math_edom(__builtin_nan(""));
	}
	if (a < 0x1p-26)
		return x;
	dd d;
	if (a >= 0.5)
		d = dd_mul((dd){ 1 - a, 0 }, two_sum(1, a));
	else
		d = dd_add_d((dd){ -two_sqr(a).hi, -two_sqr(a).lo }, 1.0);
	dd r = __atan_dd(dd_div((dd){ a, 0 }, dd_sqrt(d)));
	double y = r.hi + r.lo;
	return x < 0 ? -y : y;
}
