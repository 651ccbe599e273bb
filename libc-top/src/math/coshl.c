#include "libm_ldfun.h"

long double coshl(long double x)
{
	long double a = fabsl(x);
	if (!__builtin_isfinite(x))
		return x * x;
	if (a < 0x1p-58L)
		return 1.0L;
	if (a > 11357)
		return __math_erangel(__builtin_infl());
	int k;
	long double e = ldl_exp_kernel(a, 0, &k);
	if (a > 80)
		return scalbnl(e, k - 1);
	return scalbnl(e + scalbnl(1 / e, -2 * k), k - 1);
}
