#include "libm_ldfun.h"

/* acos(a) = atan(s/a), s = sqrt(1 - a^2), through the smaller of the two
   ratios as for asinl; pi - acos(-x) for negative x. */
long double acosl(long double x)
{
	long double a = fabsl(x), hi, lo;
	if (!(a <= 1))
		return __builtin_isnan(x) ? x + x : __math_edoml(__builtin_nanl(""));
	if (a == 1) {
		hi = 0;
		lo = 0;
	} else {
		double wl, sl, bl;
		long double s = ldl_sqrt_dd(ldl_1msq(a, &wl), wl, &sl);
		if (s <= a) {
			long double b = ldl_div_dd(s, a, 0, &bl);
			hi = __atanl_dd(b, bl + sl / (double)a, 0, &lo);
		} else {
			long double b = ldl_div_dd(a, s, sl, &bl);
			hi = __atanl_dd(b, bl, 1, &lo);
		}
	}
	if (x < 0) {
		long double h2 = LDL_PI - hi;
		lo = ((LDL_PI - h2) - hi) + (LDL_PI_LO - lo);
		hi = h2;
	}
	return hi + lo;
}
