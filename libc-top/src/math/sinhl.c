#include "libm_ldfun.h"

/* Taylor series below 1, (e^x - e^-x)/2 above. */
long double sinhl(long double x)
{
	long double a = fabsl(x), r;
	if (!__builtin_isfinite(x))
		return x + x;
	if (a < 1) {
		if (a < 0x1p-57L)
			return x;
		long double z = a * a, p = 0;
		for (int k = 14; k >= 1; k--)
			p = ldl_inv_fact[2 * k - 1] + z * p;
		r = a + a * z * p;
	} else if (a > 11357) {
		return __math_erangel(x * __builtin_infl());
	} else {
		int k;
		long double e = ldl_exp_kernel(a, 0, &k);
		r = a > 80 ? scalbnl(e, k - 1) : scalbnl(e - scalbnl(1 / e, -2 * k), k - 1);
	}
	return x < 0 ? -r : r;
}
