#include "libm_complex.h"

/* cosh(x) cos(y) + i sinh(x) sin(y); special cases as C17 G.6.2.4 (as
   ccosh). Beyond |x| = 11355, where coshl and sinhl near overflow, both
   are e^|x|/2, applied in two halves so that a finite part is not lost. */
long double complex ccoshl(long double complex z)
{
	long double x = __real__ z, y = __imag__ z;
	if (y == 0 && !__builtin_isnan(x))
		return CMPLXL(coshl(x), __builtin_isinf(x) ? copysignl(0.0L, x * y) : x * y);
	if (!__builtin_isfinite(y)) {
		if (x == 0)
			return CMPLXL(y - y, 0.0L);
		if (__builtin_isinf(x))
			return CMPLXL(__builtin_infl(), y - y);
		return CMPLXL(y - y, y - y);
	}
	if (__builtin_isnan(x))
		return CMPLXL(x, y == 0 ? y : x);
	long double s, c;
	sincosl(y, &s, &c);
	if (__builtin_isinf(x))
		return CMPLXL(__builtin_infl() * c, x * s);
	if (fabsl(x) > 11355) {
		long double h = expl(0.5L * fabsl(x));
		return CMPLXL(h * (0.5L * c) * h, copysignl(h, x) * (0.5L * s) * h);
	}
	return CMPLXL(coshl(x) * c, sinhl(x) * s);
}
