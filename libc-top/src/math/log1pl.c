#include "libm_ldfun.h"

/* log(u) + (x - (u - 1))/u with u = 1 + x rounded. */
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
	long double u = 1 + x;
	long double c = u > 2 ? (1 - (u - x)) : (x - (u - 1));
	long double lo;
	long double hi = ldl_log_kernel(u, &lo);
	return hi + (lo + c / u);
}
