#include "libm_complex.h"

/* Kahan's form: with t = tan(y), b = 1 + t^2, s = sinh(x),
   r = sqrt(1 + s^2), tanh(z) = (b r s + i t) / (1 + b s^2); for |x| > 22
   the result is +-1 + i 4 sin(y) cos(y) e^(-2|x|). Special cases as C17
   G.6.2.6. */
double complex ctanh(double complex z)
{
	double x = __real__ z, y = __imag__ z;
	if (!__builtin_isfinite(x)) {
		if (__builtin_isnan(x))
			return CMPLX(x, y == 0 ? y : x);
		return CMPLX(__builtin_copysign(1.0, x),
		             __builtin_isfinite(y) ? __builtin_copysign(0.0, sin(2 * y)) : __builtin_copysign(0.0, y));
	}
	if (!__builtin_isfinite(y))
		return CMPLX(x == 0 ? x : y - y, y - y);
	if (__builtin_fabs(x) > 22) {
		double e = exp(-2 * __builtin_fabs(x));
		double s, c;
		sincos(y, &s, &c);
		return CMPLX(__builtin_copysign(1.0, x), 4 * s * c * e);
	}
	double t = tan(y), b = 1 + t * t, s = sinh(x), r = __builtin_sqrt(1 + s * s);
	double d = 1 + b * s * s;
	return CMPLX(b * r * s / d, t / d);
}
