#include "libm_ldfun.h"

/* Taylor series for |x| < 1/4 (to x^30), else exp(x) - 1 from the kernel
   with the 1 subtracted before the final scaling. */
long double expm1l(long double x)
{
	if (__builtin_isnan(x))
		return x + x;
	long double a = fabsl(x);
	if (a < 0.25L) {
		if (a < 0x1p-114L)
			return x;
		long double p = 0;
		for (int n = 28; n >= 0; n--)
			p = ldl_inv_fact[n] + x * p;
		return x + x * x * p;
	}
	if (x > 11356.6L)
		return __math_erangel(__builtin_infl());
	if (x < -80)
		return -1.0L;
	int k;
	long double y = ldl_exp_kernel(x, 0, &k);
	if (k > 16000)
		return scalbnl(y, k);
	long double s = scalbnl(1.0L, -k);
	return scalbnl(y - s, k);
}
