#include "libm_ldfun.h"

/* Special cases as C17 F.10.1.4; otherwise atan of the smaller ratio, as a
   head and tail, reflected into the quadrant before the one rounding. */
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
		int inv = ay > ax;
		long double n = inv ? ax : ay, d = inv ? ay : ax, hi, lo;
		/* The ratio's tail in double needs d and the ratio in its range;
		   the ratio is the result itself where it is smaller. */
		int e = ilogbl(d);
		long double ns = scalbnl(n, -e);
		double bl = 0;
		long double b = ns >= 0x1p-900L ? ldl_div_dd(ns, scalbnl(d, -e), 0, &bl) : n / d;
		hi = __atanl_dd(b, bl, inv, &lo);
		if (xneg) {
			long double h2 = LDL_PI - hi;
			lo = ((LDL_PI - h2) - hi) + (LDL_PI_LO - lo);
			hi = h2;
		}
		r = hi + lo;
	}
	return __builtin_signbit(y) ? -r : r;
}
