#include "libm_complex.h"

/* expl(x) (cosl y + i sinl y), special cases as C17 G.6.3.1 (as cexp); for
   x beyond the overflow threshold the factor exp(x) is applied in two
   halves so that a finite result is not lost. */
long double complex cexpl(long double complex z)
{
	long double x = __real__ z, y = __imag__ z;
	if (y == 0)
		return CMPLXL(expl(x), y);
	if (!__builtin_isfinite(y)) {
		if (x == -__builtin_infl())
			return CMPLXL(0.0L, 0.0L);
		if (x == __builtin_infl())
			return CMPLXL(x, y - y);
		return CMPLXL(y - y, y - y);
	}
	if (__builtin_isnan(x))
		return CMPLXL(x, x);
	long double s, c;
	sincosl(y, &s, &c);
	if (x == __builtin_infl())
		return CMPLXL(x * c, x * s);
	if (x == -__builtin_infl())
		return CMPLXL(copysignl(0.0L, c), copysignl(0.0L, s));
	if (x > 11356) {
		long double h = expl(0.5L * x);
		return CMPLXL(h * c * h, h * s * h);
	}
	long double e = expl(x);
	return CMPLXL(e * c, e * s);
}
