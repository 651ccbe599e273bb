#include "libm_ldfun.h"

/* asinh(a) = log1p(a + a^2/(1 + sqrt(1 + a^2))), with a^2, its square root
   and the quotient as heads and tails; log(a) + ln2 for huge a. */
long double asinhl(long double x)
{
	long double a = fabsl(x), r;
	if (!__builtin_isfinite(x) || a < 0x1p-57L)
		return x + 0 * x == x ? x : x + x;
	if (a > 0x1p60L) {
		r = ldl_log_twice(a);
	} else {
		long double p = a * a, pl = fmal(a, a, -p);
		long double v = 1 + p;
		double vl = (double)(p > 1 ? 1 - (v - p) : p - (v - 1)) + (double)pl, sl, wl;
		long double s = ldl_sqrt_dd(v, vl, &sl);
		long double d = 1 + s;
		long double w = ldl_div_dd(p, d, (double)(1 - (d - s)) + sl, &wl);
		long double y = a + w, lo;
		long double hi = ldl_log1p_kernel(y, (double)(w - (y - a)) + (wl + (double)pl / (double)d), &lo);
		r = hi + lo;
	}
	return x < 0 ? -r : r;
}
