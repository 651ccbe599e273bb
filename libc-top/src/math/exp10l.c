#include "libm_ldfun.h"

/* 10^x = exp(x ln10) with x ln10 split into a head and its exact error. */
long double exp10l(long double x)
{
	if (__builtin_isnan(x))
		return x + x;
	if (x > 4932.1L)
		return __math_erangel(__builtin_infl());
	if (x < -4966)
		return x == -__builtin_infl() ? 0.0L : __math_erangel(0.0L);
	long double h = x * LDL_LN10;
	long double t = fmal(x, LDL_LN10, -h) + x * 0x1.451c51fd9f3b4bbf21d078c3d040p-115L;
	int k;
	long double y = ldl_exp_kernel(h, t, &k);
	return scalbnl(y, k);
}
