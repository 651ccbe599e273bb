#include "libm_ldfun.h"

/* asinh(a) = log1p(a + a^2 / (1 + sqrt(1 + a^2))); log(a) + ln2 for huge a. */
long double asinhl(long double x)
{
	long double a = fabsl(x), r;
	if (!__builtin_isfinite(x) || a < 0x1p-57L)
		return x + 0 * x == x ? x : x + x;
	if (a > 0x1p60L)
		r = logl(a) + LDL_LN2;
	else
		r = log1pl(a + a * a / (1 + sqrtl(1 + a * a)));
	return x < 0 ? -r : r;
}
