#include "libm_complex.h"

/* sinh(x) cos(y) + i cosh(x) sin(y); special cases as C17 G.6.2.5.
   Beyond |x| = 709, where cosh and sinh near overflow, both are e^|x|/2,
   applied in two halves so that a finite part is not lost. */
double complex csinh(double complex z)
{
	double x = __real__ z, y = __imag__ z;
	if (y == 0 && !__builtin_isnan(x))
		return CMPLX(sinh(x), y);
	if (!__builtin_isfinite(y)) {
		if (x == 0)
			return CMPLX(x, y - y);
		if (__builtin_isinf(x))
			return CMPLX(x, y - y);
		return CMPLX(y - y, y - y);
	}
	if (__builtin_isnan(x))
		return CMPLX(x, x);
	double s, c;
	sincos(y, &s, &c);
	if (__builtin_isinf(x))
		return CMPLX(x * c, __builtin_inf() * s);
	if (__builtin_fabs(x) > 709) {
		double h = exp(0.5 * __builtin_fabs(x));
		return CMPLX(__builtin_copysign(h, x) * (0.5 * c) * h, h * (0.5 * s) * h);
	}
	return CMPLX(sinh(x) * c, cosh(x) * s);
}
