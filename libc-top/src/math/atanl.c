#include "libm_ldfun.h"

long double atanl(long double x)
{
	long double a = fabsl(x), lo;
	if (__builtin_isnan(x))
		return x + x;
	if (a < 0x1p-57L)
		return x;
	long double r = __atanl_abs_dd(a, &lo);
	r += lo;
	return x < 0 ? -r : r;
}
