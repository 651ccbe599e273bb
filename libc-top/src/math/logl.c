#include "libm_ldfun.h"

long double logl(long double x)
{
	if (x == 0)
		return __math_erangel(-__builtin_infl());
	if (!(x > 0) || x == __builtin_infl()) {
		if (__builtin_isnan(x) || x > 0)
			return x + x;
		return __math_edoml(__builtin_nanl(""));
	}
	long double lo;
	long double hi = ldl_log_kernel(x, &lo);
	return hi + lo;
}
