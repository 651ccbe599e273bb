#include "libm_ldfun.h"

long double acosl(long double x)
{
	long double a = fabsl(x);
	if (!(a <= 1))
		return __builtin_isnan(x) ? x + x : __math_edoml(__builtin_nanl(""));
	return atan2l(sqrtl((1 - a) * (1 + a)), x);
}
