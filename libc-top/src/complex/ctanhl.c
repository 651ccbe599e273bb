#include "libm_complex.h"

/* Kahan's form (as ctanh): with t = tan(y), b = 1 + t^2, s = sinh(x),
   r = sqrt(1 + s^2), tanh(z) = (b r s + i t) / (1 + b s^2); for |x| > 40
   (where e^(-2|x|) < 2^-115) the result is +-1 + i 4 sin(y) cos(y)
   e^(-2|x|). Special cases as C17 G.6.2.6. */
long double complex ctanhl(long double complex z)
{
	long double x = __real__ z, y = __imag__ z;
	if (!__builtin_isfinite(x)) {
		if (__builtin_isnan(x))
			return CMPLXL(x, y == 0 ? y : x);
		return CMPLXL(copysignl(1.0L, x),
		              __builtin_isfinite(y) ? copysignl(0.0L, sinl(2 * y)) : copysignl(0.0L, y));
	}
	if (!__builtin_isfinite(y))
		return CMPLXL(x == 0 ? x : y - y, y - y);
	if (fabsl(x) > 40) {
		long double e = expl(-2 * fabsl(x));
		long double s, c;
		sincosl(y, &s, &c);
		return CMPLXL(copysignl(1.0L, x), 4 * s * c * e);
	}
	long double t = tanl(y), b = 1 + t * t, s = sinhl(x), r = sqrtl(1 + s * s);
	long double d = 1 + b * s * s;
	return CMPLXL(b * r * s / d, t / d);
}
