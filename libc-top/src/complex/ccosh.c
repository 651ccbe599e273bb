#include "libm_complex.h"

/* cosh(x) cos(y) + i sinh(x) sin(y); special cases as C17 G.6.2.4.
   Beyond |x| = 709, where cosh and sinh near overflow, both are e^|x|/2,
   applied in two halves so that a finite part is not lost. */
double complex ccosh(double complex z)
{
	double x = __real__ z, y = __imag__ z;
	if (y == 0 && !__builtin_isnan(x))
		return CMPLX(cosh(x), __builtin_isinf(x) ? __builtin_copysign(0.0, x * y) : x * y);
	if (!__builtin_isfinite(y)) {
		if (x == 0)
			return CMPLX(y - y, 0.0);
		if (__builtin_isinf(x))
			return CMPLX(__builtin_inf(), y - y);
		return CMPLX(y - y, y - y);
	}
	if (__builtin_isnan(x))
		return CMPLX(x, y == 0 ? y : x);
	double s, c;
	sincos(y, &s, &c);
	if (__builtin_isinf(x))
		return CMPLX(__builtin_inf() * c, x * s);
	if (__builtin_fabs(x) > 709) {
		double h = exp(0.5 * __builtin_fabs(x));
		return CMPLX(h * (0.5 * c) * h, __builtin_copysign(h, x) * (0.5 * s) * h);
	}
	return CMPLX(cosh(x) * c, sinh(x) * s);
}
