#include "libm_complex.h"

/* As catanh, for finite z in the first quadrant (the others by symmetry):
   Re atanh(z) = log1p(4x / ((1 - x)^2 + y^2)) / 4,
   Im atanh(z) = atan2(2y, (1 - x)(1 + x) - y^2) / 2,
   with |z| > 2^8000 handled as 1/z. Special cases as C17 G.6.2.3. */
long double complex catanhl(long double complex z)
{
	long double x = __real__ z, y = __imag__ z;
	long double ax = fabsl(x), ay = fabsl(y);
	long double re, im;
	if (!__builtin_isfinite(ax) || !__builtin_isfinite(ay)) {
		if (__builtin_isinf(ay)) {
			re = copysignl(0.0L, x);
			im = copysignl(PIO2L, y);
		} else if (__builtin_isinf(ax)) {
			re = copysignl(0.0L, x);
			im = __builtin_isnan(y) ? y : copysignl(PIO2L, y);
		} else {
			re = x == 0 ? x : x + y;
			im = x + y;
		}
		return CMPLXL(re, im);
	}
	if (ax > 0x1p8000L || ay > 0x1p8000L) {
		/* atanh(z) = 1/z + O(z^-3), and Im -> pi/2. */
		long double m = ax > ay ? ax : ay;
		long double a = ax / m, b = ay / m;
		re = a / (a * a + b * b) / m;
		im = PIO2L;
	} else if ((1 - ax) * (1 - ax) + ay * ay < 0x1p-16000L) {
		/* Next to 1, where the quotient below overflows: Re atanh(z) =
		   (log|1 + z| - log|1 - z|) / 2, the second term the larger. */
		re = 0.5L * (logl(hypotl(1 + ax, ay)) - logl(hypotl(1 - ax, ay)));
		im = 0.5L * atan2l(2 * ay, (1 - ax) * (1 + ax) - ay * ay);
	} else {
		long double d = (1 - ax) * (1 - ax) + ay * ay;
		re = 0.25L * log1pl(4 * ax / d);
		im = 0.5L * atan2l(2 * ay, (1 - ax) * (1 + ax) - ay * ay);
	}
	return CMPLXL(copysignl(re, x), copysignl(im, y));
}
