#include "libm_complex.h"

/* logl|z| + i arg z, logl|z| from log_abs_ld's head and tail (|z|^2
   exact, so that near |z| = 1 nothing cancels). Special cases as C17
   G.6.3.2 (as clog). */
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
	long double lo, re = log_abs_ld(ax, ay, &lo);
	re += lo;
	return CMPLXL(re, im);
}
