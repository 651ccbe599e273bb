#include "libm_exp.h"

/* expm1(x) = x + x^2/2 + x^3 P(x) for |x| <= 1/16 (tests/math/remez.py
   expm1_poly), else 2^k T (1 + p) - 1 from the exp kernel, with the
   subtraction of 1 done exactly so that |result| >= 0.06 keeps the
   kernel's relative accuracy. */
double expm1(double x)
{
	double ax = __builtin_fabs(x);
	if (ax <= 0x1p-4) {
		if (ax < 0x1p-54)
			return x;
		double x2 = x * x;
		double p = 0x1.5555555555555p-3 + x * 0x1.5555555555555p-5
		         + x2 * (0x1.11111111111e8p-7 + x * 0x1.6c16c16c16da1p-10)
		         + x2 * x2 * (0x1.a01a018f49e32p-13 + x * 0x1.a01a018d0b04cp-16
		                      + x2 * (0x1.71e4f3f633c14p-19 + x * 0x1.27ea964dfd0f0p-22));
		return x + (0.5 * x2 + x2 * x * p);
	}
	if (!(ax < 709.0)) {
		if (__builtin_isnan(x))
			return x + x;
		if (x < 0)
			return -1.0;
		if (x == __builtin_inf())
			return x;
		if (x > 709.8)
			return __math_erange(0x1p1023 * 2.0);
		int k;
		dd y = exp_kernel(x, 0, &k);
		return __math_scale(y.hi, y.lo, k);
	}
	if (x < -40)
		return -1.0;
	int k;
	dd y = exp_kernel(x, 0, &k);
	double s = asdouble((uint64_t)(0x3ff + k) << 52);
	dd a = two_sum(y.hi * s, -1.0);
	return a.hi + (a.lo + y.lo * s);
}
