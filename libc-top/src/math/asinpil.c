#include "libm_ldfun.h"

/* asin(x)/pi: asinl's head and tail divided by pi, rounded once. */
long double asinpil(long double x)
{
	long double a = fabsl(x);
	if (!(a < 1)) {
		if (a == 1)
			return __builtin_copysignl(0.5L, x);
		if (__builtin_isnan(x))
			return x + x;
		return __math_edoml(__builtin_nanl(""));
	}
	if (a < 0x1p-60L)
		return x == 0 ? x : ldl_mul_tiny(ldl_div_pi(x, 0), 1);
	long double lo, hi = __asinl_dd(a, &lo), r = ldl_div_pi(hi, lo);
	return x < 0 ? -r : r;
}
