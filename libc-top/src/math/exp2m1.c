#include "libm_exp.h"

#define LN2_HI 0x1.62e42fefa39efp-1
#define LN2_LO 0x1.abc9e3b39803fp-56

/* 2^x - 1 (C23 7.12.6.5): for |x ln2| <= 1/16, expm1 of z = x ln2 held as
   a double-double, z + (zl (1 + z) + expm1_tail(z)); beyond, 2^x from
   exp2's reduction and kernel less 1, subtracted exactly. */
double exp2m1(double x)
{
	double a = __builtin_fabs(x);
	if (a <= 0x1.6p-4) {
		if (a < 0x1p-900)
			return dd_mul_tiny(x, (dd){ LN2_HI, LN2_LO });
		dd z = dd_mul_d((dd){ LN2_HI, LN2_LO }, x);
		return z.hi + (z.lo + z.lo * z.hi + expm1_tail(z.hi));
	}
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
