#include "libm_ldfun.h"

/* sqrt(x^2 + y^2) with the squares' rounding errors recovered by fmal and
   a power-of-two scaling away from overflow and underflow. */
long double hypotl(long double x, long double y)
{
	long double a = fabsl(x), b = fabsl(y);
	if (__builtin_isinf(a) || __builtin_isinf(b))
		return __builtin_infl();
	if (__builtin_isnan(a) || __builtin_isnan(b))
		return a + b;
	if (a < b) {
		long double t = a; a = b; b = t;
	}
	if (b == 0)
		return a;
	int ea = LD_EXPBITS(asu128(a)), eb = LD_EXPBITS(asu128(b));
	if (ea - eb > 115)
		return a + b;
	int k = 0;
	if (ea > 0x3fff + 8000) {
		k = 9000;
	} else if (eb < 0x3fff - 8000) {
		k = -9000;
	}
	a = scalbnl(a, -k);
	b = scalbnl(b, -k);
	long double a2 = a * a, b2 = b * b;
	long double lo = fmal(a, a, -a2) + fmal(b, b, -b2);
	long double s = a2 + b2;
	lo += (a2 - s) + b2;
	long double r = sqrtl(s);
	r += (s - r * r + lo) / (2 * r);
	return scalbnl(r, k);
}
