#include "libm_complex.h"

/* exp(x) (cos y + i sin y), special cases as C17 G.6.3.1; for x beyond the
   overflow threshold the factor exp(x) is applied in two halves so that a
   finite result is not lost. */
double complex cexp(double complex z)
{
	double x = __real__ z, y = __imag__ z;
	if (y == 0)
		return CMPLX(exp(x), y);
	if (!__builtin_isfinite(y)) {
		if (x == -__builtin_inf())
			return CMPLX(0.0, 0.0);
		if (x == __builtin_inf())
			return CMPLX(x, y - y);
		return CMPLX(y - y, y - y);
	}
	if (__builtin_isnan(x))
		return CMPLX(x, x);
	double s, c;
	sincos(y, &s, &c);
	if (x == __builtin_inf())
		return CMPLX(x * c, x * s);
	if (x == -__builtin_inf())
		return CMPLX(__builtin_copysign(0.0, c), __builtin_copysign(0.0, s));
	if (x > 708) {
		double h = exp(0.5 * x);
		return CMPLX(h * c * h, h * s * h);
	}
	double e = exp(x);
	return CMPLX(e * c, e * s);
}
