#include "libm_ldfun.h"

/* asin(a) = atan(a/s), s = sqrt(1 - a^2), through the smaller of the two
   ratios; 1 - a^2 and s are kept as heads and tails. */
long double asinl(long double x)
{
	long double a = fabsl(x), hi, lo;
	if (!(a <= 1))
		return __builtin_isnan(x) ? x + x : __math_edoml(__builtin_nanl(""));
	if (a < 0x1p-57L)
		return x;
	if (a == 1) {
		hi = LDL_PIO2;
		lo = LDL_PIO2_LO;
	} else {
		double wl, sl, bl;
		long double s = ldl_sqrt_dd(ldl_1msq(a, &wl), wl, &sl);
		if (a <= s) {
			long double b = ldl_div_dd(a, s, sl, &bl);
			hi = __atanl_dd(b, bl, 0, &lo);
		} else {
			long double b = ldl_div_dd(s, a, 0, &bl);
			hi = __atanl_dd(b, bl + sl / (double)a, 1, &lo);
		}
	}
	long double r = hi + lo;
	return x < 0 ? -r : r;
}
