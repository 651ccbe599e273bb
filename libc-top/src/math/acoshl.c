#include "libm_ldfun.h"

/* acosh(x) = log(2x - 1/(x + sqrt(x^2 - 1))) from 2 on, the difference's
   rounding error kept; log1p(t + sqrt(t(2 + t))), t = x - 1, below, with
   the product and its square root as heads and tails; log(x) + ln2 for
   huge x. */
long double acoshl(long double x)
{
	if (!(x >= 1))
		return __builtin_isnan(x) ? x + x : __math_edoml(__builtin_nanl(""));
	if (x > 0x1p60L)
		return x == __builtin_infl() ? x : ldl_log_twice(x);
	long double lo, hi;
	double sl;
	if (x >= 2) {
		long double y = 1 / (x + ldl_sqrt_dd(x * x - 1, 0, &sl));
		long double z = 2 * x - y;
		hi = ldl_log_kernel(z, &lo);
		lo += (double)(((2 * x) - z) - y) / (double)z;
	} else {
		if (x == 1)
			return 0;
		long double t = x - 1, m = 2 + t, v = t * m;
		double vl = (double)fmal(t, m, -v) + (double)t * (double)(t - (m - 2));
		long double s = ldl_sqrt_dd(v, vl, &sl);
		long double y = s + t;
		hi = ldl_log1p_kernel(y, (double)(t - (y - s)) + sl, &lo);
	}
	return hi + lo;
}
