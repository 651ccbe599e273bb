#include "libm_ldfun.h"

/* Special cases as C17 F.10.1.4; otherwise __atan2l_dd's head and tail,
   rounded once. */
long double atan2l(long double y, long double x)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	long double ax = fabsl(x), ay = fabsl(y), r;
	int xneg = __builtin_signbit(x);
	if (ay == 0 || (__builtin_isinf(ax) && !__builtin_isinf(ay)))
		r = xneg ? LDL_PI : 0;
	else if (ax == 0 || (__builtin_isinf(ay) && !__builtin_isinf(ax)))
		r = LDL_PIO2;
	else if (__builtin_isinf(ax))
		r = xneg ? 3 * LDL_PIO2 / 2 : LDL_PIO2 / 2;
	else {
		long double lo, hi = __atan2l_dd(ay, ax, xneg, &lo);
		r = hi + lo;
	}
	return __builtin_signbit(y) ? -r : r;
}
