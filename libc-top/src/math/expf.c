#include "libm_exp.h"

/* In double: x = (128k + j) ln2/128 + r, |r| <= ln2/256, and
   exp(x) = 2^k 2^(j/128) exp(r); the relative error before the one
   rounding to float is below 2^-37. */
float expf(float x)
{
	double xd = x;
	if (!(__builtin_fabsf(x) < 87.0f)) {
		if (__builtin_isnan(x))
			return x + x;
		if (x > 88.72284f)
			return x == __builtin_inff() ? x : __math_erangef(0x1p127f * 2.0f);
		if (x < -103.97209f)
			return x == -__builtin_inff() ? 0.0f : __math_erangef(0x1p-149f * 0.5f);
		int k;
		dd y = exp_kernel(xd, 0, &k);
		return __math_narrow((y.hi + y.lo) * asdouble((uint64_t)(0x3ff + k) << 52));
	}
	int ki;
	double kd = round_int(xd * EXP_INVLN2N, &ki);
	double r = xd - kd * 0x1.62e42fefa39efp-8;
	double t = asdouble(asuint64(__exp_tab[2 * (ki & 127)]) + ((uint64_t)(ki >> 7) << 52));
	/* exp(r) - 1 to r^3: the r^4/24 left out is below 2^-38. */
	return (float)(t + t * (r + r * r * (0.5 + r * 0x1.5555555555555p-3)));
}
