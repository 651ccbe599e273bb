#include "libm_ldfun.h"

long double asinl(long double x)
{
	long double a = fabsl(x);
	if (!(a <= 1))
		return __builtin_isnan(x) ? x + x : __math_edoml(__builtin_nanl(""));
	if (a < 0x1p-57L)
		return x;
	return atan2l(x, sqrtl((1 - a) * (1 + a)));
}
