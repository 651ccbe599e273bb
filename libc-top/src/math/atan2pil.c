#include "libm_ldfun.h"

/* atan2(y, x)/pi: the exact multiples of 1/4 of the special cases
   (C23 F.10.1) directly, else atan2l's result times 1/pi. */
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
	else
		return ldl_mul_tiny(atan2l(y, x), LDL_INVPI);
	return __builtin_copysignl(r, y);
}
