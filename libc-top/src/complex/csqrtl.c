#include "libm_complex.h"

/* t = sqrt((|x| + |z|)/2); the root is (t, y/2t) for x >= 0, else
   (|y|/2t, +-t); special cases as C17 G.6.4.2 (as csqrt). */
long double complex csqrtl(long double complex z)
{
	long double x = __real__ z, y = __imag__ z;
	if (__builtin_isinf(y))
		return CMPLXL(__builtin_infl(), y);
	if (__builtin_isnan(x))
		return CMPLXL(x, y - y + x);
	if (__builtin_isinf(x)) {
		if (x > 0)
			return CMPLXL(x, __builtin_isnan(y) ? y : copysignl(0.0L, y));
		return CMPLXL(__builtin_isnan(y) ? y : 0.0L, copysignl(__builtin_infl(), y));
	}
	if (__builtin_isnan(y))
		return CMPLXL(y, y);
	if (x == 0 && y == 0)
		return CMPLXL(0.0L, y);
	long double ax = fabsl(x), ay = fabsl(y), scale = 1;
	if (ax > 0x1p16000L || ay > 0x1p16000L) {
		ax *= 0x1p-4L;
		ay *= 0x1p-4L;
		scale = 0x1p2L;
	} else if (ax < 0x1p-16000L && ay < 0x1p-16000L) {
		ax *= 0x1p200L;
		ay *= 0x1p200L;
		scale = 0x1p-100L;
	}
	long double t = sqrtl(0.5L * (ax + hypotl(ax, ay)));
	long double u = ay / (2 * t);
	if (x >= 0)
		return CMPLXL(t * scale, copysignl(u * scale, y));
	return CMPLXL(u * scale, copysignl(t * scale, y));
}
