#include "libm_ldfun.h"

/* atan(x)/pi: atanl's head and tail divided by pi, rounded once; +-1/2
   at infinity. */
long double atanpil(long double x)
{
	if (__builtin_isinf(x))
		return __builtin_copysignl(0.5L, x);
	if (fabsl(x) < 0x1p-60L)
		return x == 0 ? x : ldl_mul_tiny(ldl_div_pi(x, 0), 1);
	long double lo, hi = __atanl_abs_dd(fabsl(x), &lo), r = ldl_div_pi(hi, lo);
	return x < 0 ? -r : r;
}
