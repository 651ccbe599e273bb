#include "libm_exp.h"

/* x = k*ln2 + j*ln2/128 + r, |r| <= ln2/256: exp(x) = 2^k 2^(j/128) exp(r),
   with 2^(j/128) from a table as a double-double, so that only the final
   addition rounds at the scale of the result (error below 0.51 ulp). */
double exp(double x)
{
	uint32_t top = asuint64(x) >> 52 & 0x7ff;
	if (top >= 0x408) {
		/* |x| >= 512, infinity or NaN. */
		if (__builtin_isnan(x))
			return x + x;
		if (x == __builtin_inf())
			return x;
		if (x == -__builtin_inf())
			return 0.0;
		if (x > 709.8)
			return __math_erange(0x1p1023 * 2.0);
		if (x < -745.2)
			return __math_erange(0x1p-1074 * 0.5);
		int k;
		dd y = exp_kernel(x, 0, &k);
		return __math_scale(y.hi, y.lo, k);
	}
	int ki;
	double r = exp_reduce(x, &ki);
	return exp_finish_normal(r, ki);
}
