#include "libm.h"

/* 1/sqrt(x): r = 1/s for s = sqrtl(x), corrected by the exact residuals
   e = 1 - r s and d = x - s^2 (fmal): 1/sqrt(x) = r (1 + e - d/(2 s^2))
   to second order. Subnormal x is scaled by 2^226 first so that d is
   exact. */
long double rsqrtl(long double x)
{
	if (!(x > 0) || __builtin_isinf(x)) {
		if (__builtin_isnan(x))
			return x + x;
		if (x == 0)
			return __math_erangel(1 / x);
		if (x > 0)
			return 0.0L;
		return __math_edoml(__builtin_nanl(""));
	}
	long double scale = 1;
	if (x < LDBL_MIN) {
		x *= 0x1p226L;
		scale = 0x1p113L;
	}
	long double s = sqrtl(x), r = 1 / s;
	long double e = fmal(-r, s, 1), d = fmal(-s, s, x);
	return (r + r * (e - 0.5L * (d / s) * r)) * scale;
}
