#include "libm_exp.h"

/* As exp: x = k + j/128 + d, 2^x = 2^k 2^(j/128) exp(d*ln2); x - (k +
   j/128) is exact. */
double exp2(double x)
{
	uint32_t top = asuint64(x) >> 52 & 0x7ff;
	int ki;
	double r = exp2_reduce(x, &ki);
	int k;
	if (top >= 0x409) {
		/* |x| >= 1024, infinity or NaN. */
		if (__builtin_isnan(x))
			return x + x;
		if (x == __builtin_inf())
			return x;
		if (x == -__builtin_inf())
			return 0.0;
		if (x >= 1024)
			return __math_erange(0x1p1023 * 2.0);
		if (x < -1080)
			return __math_erange(0x1p-1074 * 0.5);
		dd y = exp_finish(r, ki, &k);
		return __math_scale(y.hi, y.lo, k);
	}
	if (ki >> 7 < -1000) {
		dd y = exp_finish(r, ki, &k);
		return __math_scale(y.hi, y.lo, k);
	}
	return exp_finish_normal(r, ki);
}
