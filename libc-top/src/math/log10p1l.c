#include "libm_ldfun.h"

/* log10(1 + x): log1p as a head and tail times 1/ln10 as one. */
long double log10p1l(long double x)
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
	long double r = hi * LDL_LOG10E;
	long double rl = fmal(hi, LDL_LOG10E, -r) + (hi * LDL_LOG10E_LO + lo * LDL_LOG10E);
	return ldl_mul_tiny(r + rl, 1);
}
