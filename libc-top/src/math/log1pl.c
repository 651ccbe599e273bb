#include "libm_ldfun.h"

long double log1pl(long double x)
{
	if (fabsl(x) < 0x1p-114L)
		return x;
	if (!(x > -1) || x == __builtin_infl()) {
		if (__builtin_isnan(x) || x > 0)
			return x + x;
		if (x == -1)
			return __math_erangel(-__builtin_infl());
		return __math_edoml(__builtin_nanl(""));
	}
	long double lo, hi = ldl_log1p_kernel(x, 0, &lo);
	return hi + lo;
}
