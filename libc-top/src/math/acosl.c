#include "libm_ldfun.h"

long double acosl(long double x)
{
	long double lo;
	if (!(fabsl(x) <= 1))
		return __builtin_isnan(x) ? x + x : __math_edoml(__builtin_nanl(""));
	long double hi = __acosl_dd(x, &lo);
	return hi + lo;
}
