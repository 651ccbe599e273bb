#include "libm_ldfun.h"

long double asinl(long double x)
{
	long double a = fabsl(x), lo;
	if (!(a <= 1))
		return __builtin_isnan(x) ? x + x : __math_edoml(__builtin_nanl(""));
	if (a < 0x1p-57L)
		return x;
	long double r = __asinl_dd(a, &lo);
	r += lo;
	return x < 0 ? -r : r;
}
