#include "libm_exp.h"

#define LN2_HI 0x1.62e42fefa39efp-1
#define LN2_LO 0x1.abc9e3b39803fp-56

/* 2^x - 1 (C23 7.12.6.5): for |x ln2| <= 1/16, expm1 of x ln2
   (expm1_times_small); beyond, 2^x from exp2's reduction and kernel
   less 1, subtracted exactly. */
double exp2m1(double x)
{
	double a = __builtin_fabs(x);
	if (a <= 0x1.6p-4)
		return expm1_times_small(x, (dd){ LN2_HI, LN2_LO });
	if (!(a < 1000)) {
		if (__builtin_isnan(x))
			return x + x;
		if (x < 0)
			return -1.0;
		if (x == __builtin_inf())
			return x;
		if (x >= 1024)
			return __math_erange(0x1p1023 * 2.0);
	}
	if (x < -60)
		return -1.0;
	int ki, k;
	dd y = exp_finish(exp2_reduce(x, &ki), ki, &k);
	if (x >= 1000)
		return __math_scale(y.hi, y.lo, k);
	return exp_minus_one(y, k);
}
