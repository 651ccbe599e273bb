#include "libm_ldfun.h"

/* x = k/64 + d exactly; 2^x = 2^(k/64) exp(d ln2), the table value's
   rounding error added with the series. */
long double exp2l(long double x)
{
	if (__builtin_isnan(x))
		return x + x;
	if (x >= 16384)
		return __math_erangel(__builtin_infl());
	if (x < -16495)
		return x == -__builtin_infl() ? 0.0L : __math_erangel(0.0L);
	long double kd = ldl_rint(x * 64);
	int ki = (int)kd;
	long double r = (x - kd / 64) * LDL_LN2;
	long double t = __expl_tab[ki & 63];
	return scalbnl(t + (__expl_tab_lo[ki & 63] + t * ldl_expm1_small(r)), ki >> 6);
}
