#include "libm_complex.h"

/* t = sqrt((|x| + |z|)/2); the root is (t, y/2t) for x >= 0, else
   (|y|/2t, +-t); special cases as C17 G.6.4.2. */
double complex csqrt(double complex z)
{
	double x = __real__ z, y = __imag__ z;
	if (__builtin_isinf(y))
		return CMPLX(__builtin_inf(), y);
	if (__builtin_isnan(x))
		return CMPLX(x, y - y + x);
	if (__builtin_isinf(x)) {
		if (x > 0)
			return CMPLX(x, __builtin_isnan(y) ? y : __builtin_copysign(0.0, y));
		return CMPLX(__builtin_isnan(y) ? y : 0.0, __builtin_copysign(__builtin_inf(), y));
	}
	if (__builtin_isnan(y))
		return CMPLX(y, y);
	if (x == 0 && y == 0)
		return CMPLX(0.0, y);
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
	double scale = 1;
	if (ax > 0x1p1000 || ay > 0x1p1000) {
		ax *= 0x1p-4;
		ay *= 0x1p-4;
		scale = 0x1p2;
	} else if (ax < 0x1p-1000 && ay < 0x1p-1000) {
		ax *= 0x1p200;
		ay *= 0x1p200;
		scale = 0x1p-100;
	}
	double t = __builtin_sqrt(0.5 * (ax + hypot(ax, ay)));
	double u = ay / (2 * t);
	if (x >= 0)
		return CMPLX(t * scale, __builtin_copysign(u * scale, y));
	return CMPLX(u * scale, __builtin_copysign(t * scale, y));
}
