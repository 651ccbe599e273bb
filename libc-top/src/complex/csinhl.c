#include "libm_complex.h"

/* sinh(x) cos(y) + i cosh(x) sin(y); special cases as C17 G.6.2.5 (as
   csinh). Beyond |x| = 11355, where coshl and sinhl near overflow, both
   are e^|x|/2, applied in two halves so that a finite part is not lost. */
long double complex csinhl(long double complex z)
{
	long double x = __real__ z, y = __imag__ z;
	if (y == 0 && !__builtin_isnan(x))
		return CMPLXL(sinhl(x), y);
	if (!__builtin_isfinite(y)) {
		if (x == 0)
			return CMPLXL(x, y - y);
		if (__builtin_isinf(x))
			return CMPLXL(x, y - y);
		return CMPLXL(y - y, y - y);
	}
	if (__builtin_isnan(x))
		return CMPLXL(x, x);
	long double s, c;
	sincosl(y, &s, &c);
	if (__builtin_isinf(x))
		return CMPLXL(x * c, __builtin_infl() * s);
	if (fabsl(x) > 11355) {
		long double h = expl(0.5L * fabsl(x));
		return CMPLXL(copysignl(h, x) * (0.5L * c) * h, h * (0.5L * s) * h);
	}
	return CMPLXL(sinhl(x) * c, coshl(x) * s);
}
