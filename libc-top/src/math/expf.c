#include "libm_exp.h"

/* In double: exp(x) = 2^(x 128/ln2 / 128) through exp2n_float; the
   relative error before the one rounding to float is below 2^-38 (the
   product's rounding, 2^-39 of an argument below 2^14, and the cubic). */
float expf(float x)
{
	double xd = x;
	/* |x| >= 87 or NaN, tested on the bits: a float comparison costs the
	   JIT two moves for each constant. */
	if ((asuint(x) & 0x7fffffff) >= 0x42ae0000) {
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
	return (float)exp2n_float(xd * EXP_INVLN2N);
}
