#include "libm_exp.h"

#define LN10_HI 0x1.26bb1bbb55516p+1
#define LN10_LO -0x1.f48ad494ea3e9p-53

/* 10^x - 1 (C23 7.12.6.3): for |x ln10| <= 1/16, expm1 of x ln10
   (expm1_times_small); beyond, 10^x from exp10's reduction and kernel
   less 1, subtracted exactly. */
double exp10m1(double x)
{
	double a = __builtin_fabs(x);
	if (a <= 0x1.bp-6)
		return expm1_times_small(x, (dd){ LN10_HI, LN10_LO });
	if (!(a < 300)) {
		if (__builtin_isnan(x))
			return x + x;
		if (x < 0)
			return -1.0;
		if (x == __builtin_inf())
			return x;
		if (x > 308.3)
			return __math_erange(0x1p1023 * 2.0);
	}
	if (x < -18)
		return -1.0;
	int ki, k;
	dd y = exp_finish(exp10_reduce(x, &ki), ki, &k);
	if (x >= 300)
		return __math_scale(y.hi, y.lo, k);
	return exp_minus_one(y, k);
}
