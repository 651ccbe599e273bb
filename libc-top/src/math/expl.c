#include "libm_ldfun.h"

long double expl(long double x)
{
	if (__builtin_isnan(x))
		return x + x;
	if (x > 11356.6L)
		return __math_erangel(__builtin_infl());
	if (x < -11433.5L)
		return x == -__builtin_infl() ? 0.0L : __math_erangel(0.0L);
	int k;
	long double y = ldl_exp_kernel(x, 0, &k);
	return scalbnl(y, k);
}
