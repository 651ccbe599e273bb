#include "libm.h"

#define PI_HI 0x1.921fb54442d18p+1
#define PI_LO 0x1.1a62633145c07p-53

/* acos(x) = atan(sqrt(1 - x^2) / x), reflected as pi - atan(...) for x < 0,
   in double-double: no cancellation near x = 1, where the result is small. */
double acos(double x)
{
	double a = __builtin_fabs(x);
	if (!(a <= 1)) {
		if (__builtin_isnan(x))
			return x + x;
		return __math_edom(__builtin_nan(""));
	}
	if (a < 0x1p-60)
		return 0x1.921fb54442d18p+0 - x;
	dd d;
	if (a >= 0.5)
		d = dd_mul((dd){ 1 - a, 0 }, two_sum(1, a));
	else
		d = dd_add_d((dd){ -two_sqr(a).hi, -two_sqr(a).lo }, 1.0);
	dd r = d.hi == 0 ? (dd){ 0, 0 }
	                 : __atan_dd(dd_div(dd_sqrt(d), (dd){ a, 0 }));
	if (x < 0) {
		dd s = two_sum(PI_HI, -r.hi);
		r = fast_two_sum(s.hi, s.lo + PI_LO - r.lo);
	}
	return r.hi + r.lo;
}
