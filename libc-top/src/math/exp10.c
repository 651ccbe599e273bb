#include "libm_exp.h"

/* 10^x = 2^(j/128) exp(r) with exp10_reduce's r. */
double exp10(double x)
{
	uint32_t top = asuint64(x) >> 52 & 0x7ff;
	if (top >= 0x407) {
		/* |x| >= 256, infinity or NaN. */
		if (__builtin_isnan(x))
			return x + x;
		if (x == __builtin_inf())
			return x;
		if (x == -__builtin_inf())
			return 0.0;
		if (x > 308.3)
			return __math_erange(0x1p1023 * 2.0);
		if (x < -323.7)
			return __math_erange(0x1p-1074 * 0.5);
	}
	int ki;
	double r = exp10_reduce(x, &ki);
	if (ki >> 7 < -1000 || ki >> 7 > 1022) {
		int k;
		dd y = exp_finish(r, ki, &k);
		return __math_scale(y.hi, y.lo, k);
	}
	return exp_finish_normal(r, ki);
}
