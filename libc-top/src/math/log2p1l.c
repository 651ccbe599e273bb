#include "libm_ldfun.h"

/* log2(1 + x): log1p as a head and tail times 1/ln2 as one. */
long double log2p1l(long double x)
{
	if (!(x > -1) || __builtin_isinf(x)) {
		if (__builtin_isnan(x) || x > 0)
			return x + x;
		if (x == -1)
			return __math_erangel(-__builtin_infl());
		return __math_edoml(__builtin_nanl(""));
	}
	if (x == 0)
		return x;
	long double lo, hi = ldl_log1p_kernel(x, &lo);
	long double r = hi * LDL_LOG2E;
	long double rl = fmal(hi, LDL_LOG2E, -r) + (hi * LDL_LOG2E_LO + lo * LDL_LOG2E);
	return ldl_mul_tiny(r + rl, 1);
}
