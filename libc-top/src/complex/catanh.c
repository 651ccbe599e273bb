#include "libm_complex.h"

/* For finite z in the first quadrant (the others by symmetry):
   Re atanh(z) = log1p(4x / ((1 - x)^2 + y^2)) / 4,
   Im atanh(z) = atan2(2y, (1 - x)(1 + x) - y^2) / 2,
   with |z| > 2^500 handled as 1/z. Special cases as C17 G.6.2.3. */
double complex catanh(double complex z)
{
	double x = __real__ z, y = __imag__ z;
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
	double re, im;
	if (!__builtin_isfinite(ax) || !__builtin_isfinite(ay)) {
		if (__builtin_isinf(ay)) {
			re = __builtin_copysign(0.0, x);
			im = __builtin_copysign(PIO2, y);
		} else if (__builtin_isinf(ax)) {
			re = __builtin_copysign(0.0, x);
			im = __builtin_isnan(y) ? y : __builtin_copysign(PIO2, y);
		} else {
			re = x == 0 ? x : x + y;
			im = x + y;
		}
		return CMPLX(re, im);
	}
	if (ax > 0x1p500 || ay > 0x1p500) {
		/* atanh(z) = 1/z + O(z^-3), and Im -> pi/2. */
		double m = ax > ay ? ax : ay;
		double a = ax / m, b = ay / m;
		re = a / (a * a + b * b) / m;
		im = PIO2;
	} else if ((1 - ax) * (1 - ax) + ay * ay < 0x1p-900) {
		/* Next to 1, where the quotient below overflows: Re atanh(z) =
		   (log|1 + z| - log|1 - z|) / 2, the second term the larger. */
		re = 0.5 * (log(hypot(1 + ax, ay)) - log(hypot(1 - ax, ay)));
		im = 0.5 * atan2(2 * ay, (1 - ax) * (1 + ax) - ay * ay);
	} else {
		double d = (1 - ax) * (1 - ax) + ay * ay;
		re = 0.25 * log1p(4 * ax / d);
		im = 0.5 * atan2(2 * ay, (1 - ax) * (1 + ax) - ay * ay);
	}
	return CMPLX(__builtin_copysign(re, x), __builtin_copysign(im, y));
}
