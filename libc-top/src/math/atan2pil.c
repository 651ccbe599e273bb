#include "libm_ldfun.h"

/* atan2(y, x)/pi: the exact multiples of 1/4 of the special cases
   (C23 F.10.1) directly, else atan2l's head and tail divided by pi,
   rounded once. */
long double atan2pil(long double y, long double x)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	long double r;
	if (y == 0)
		r = __builtin_signbit(x) ? 1 : 0;
	else if (__builtin_isinf(y))
		r = __builtin_isinf(x) ? (x < 0 ? 0.75L : 0.25L) : 0.5L;
	else if (x == 0)
		r = 0.5L;
	else if (__builtin_isinf(x))
		r = x < 0 ? 1 : 0;
	else {
		long double lo, hi = __atan2l_dd(fabsl(y), fabsl(x), __builtin_signbit(x), &lo);
		r = ldl_mul_tiny(ldl_div_pi(hi, lo), 1);
	}
	return __builtin_copysignl(r, y);
}
