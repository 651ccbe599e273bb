#include "libm_ldfun.h"

long double expm1l(long double x)
{
	if (__builtin_isnan(x))
		return x + x;
	if (fabsl(x) < 0x1p-114L)
		return x;
	if (x > 11356.6L)
		return __math_erangel(__builtin_infl());
	if (x < -80)
		return -1.0L;
	int k;
	long double lo, y = ldl_expm1_split(x, &k, &lo);
	return scalbnl(y, k);
}
