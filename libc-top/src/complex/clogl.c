#include "libm_complex.h"

/* logl|z| + i arg z. |z|^2 is formed exactly as a head and tail (fmal),
   so that near |z| = 1 the real part is log1p(|z|^2 - 1)/2 without
   cancellation. Special cases as C17 G.6.3.2 (as clog). */
long double complex clogl(long double complex z)
{
	long double x = __real__ z, y = __imag__ z;
	long double ax = fabsl(x), ay = fabsl(y);
	long double im = atan2l(y, x);
	if (__builtin_isinf(ax) || __builtin_isinf(ay))
		return CMPLXL(__builtin_infl(), im);
	if (__builtin_isnan(ax) || __builtin_isnan(ay))
		return CMPLXL(ax + ay, ax + ay);
	if (ax < ay) {
		long double t = ax;
		ax = ay;
		ay = t;
	}
	if (ax == 0)
		return CMPLXL(-1 / ax, im);
	int k = 0;
	if (ax > 0x1p8000L) {
		ax *= 0x1p-9000L;
		ay *= 0x1p-9000L;
		k = 9000;
	} else if (ax < 0x1p-8000L) {
		ax *= 0x1p9000L;
		ay *= 0x1p9000L;
		k = -9000;
	}
	long double a = ax * ax, b = ay * ay, e;
	long double s = ldl_two_sum(a, b, &e);
	e += fmal(ax, ax, -a) + fmal(ay, ay, -b);
	long double re;
	if (k == 0 && s > 0.5L && s < 2)
		re = 0.5L * log1pl((s - 1) + e);
	else
		re = 0.5L * logl(s) + 0.5L * (e / s) + k * LDL_LN2;
	return CMPLXL(re, im);
}
