#include "libm_ldfun.h"

long double acoshl(long double x)
{
	if (!(x >= 1))
		return __builtin_isnan(x) ? x + x : __math_edoml(__builtin_nanl(""));
	if (x > 0x1p60L)
		return x == __builtin_infl() ? x : logl(x) + LDL_LN2;
	if (x >= 2)
		return logl(2 * x - 1 / (x + sqrtl(x * x - 1)));
	long double t = x - 1;
	return log1pl(t + sqrtl(2 * t + t * t));
}
