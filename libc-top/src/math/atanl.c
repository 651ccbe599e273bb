#include "libm_ldfun.h"

/* atan(a) for a <= 1, pi/2 - atan(1/a) above with the reciprocal's
   rounding error kept (its remainder is exact in fmal). */
long double atanl(long double x)
{
	long double a = fabsl(x), hi, lo;
	if (__builtin_isnan(x))
		return x + x;
	if (a < 0x1p-57L)
		return x;
	if (a <= 1) {
		hi = __atanl_dd(a, 0, 0, &lo);
	} else if (a > 0x1p120L) {
		/* pi/2 - 1/a rounds as pi/2 does. */
		hi = LDL_PIO2;
		lo = 0;
	} else {
		long double b = 1 / a;
		hi = __atanl_dd(b, (double)fmal(-b, a, 1) / (double)a, 1, &lo);
	}
	long double r = hi + lo;
	return x < 0 ? -r : r;
}
