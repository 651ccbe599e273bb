#include "libm.h"

/* sqrt(x^2 + y^2) with the sum of squares exact in double-double and its
   square root in double-double, after scaling by a power of two away from
   overflow and underflow; the result is rounded once. */
double hypot(double x, double y)
{
	double a = __builtin_fabs(x), b = __builtin_fabs(y);
	if (__builtin_isinf(a) || __builtin_isinf(b))
		return __builtin_inf();
	if (__builtin_isnan(a) || __builtin_isnan(b))
		return a + b;
	if (a < b) {
		double t = a; a = b; b = t;
	}
	int ea = asuint64(a) >> 52, eb = asuint64(b) >> 52;
	if (b == 0 || ea - eb > 54)
		return a + b;
	int k = 0;
	if (ea > 0x3ff + 500) {
		a *= 0x1p-600;
		b *= 0x1p-600;
		k = 600;
	} else if (eb < 0x3ff - 500) {
		a *= 0x1p600;
		b *= 0x1p600;
		k = -600;
	}
	dd r = dd_sqrt(dd_add(two_sqr(a), two_sqr(b)));
	int er = (int)(asuint64(r.hi) >> 52) - 0x3ff;
	double s = asdouble((uint64_t)(0x3ff - er) << 52);
	return __math_scale(r.hi * s, r.lo * s, er + k);
}
