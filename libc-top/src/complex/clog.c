#include "libm_complex.h"

/* log|z| + i arg z. |z|^2 is formed exactly in double-double, so that near
   |z| = 1 the real part is log1p(|z|^2 - 1)/2 without cancellation. Special
   cases as C17 G.6.3.2 follow from atan2 and the checks below. */
double complex clog(double complex z)
{
	double x = __real__ z, y = __imag__ z;
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
	double im = atan2(y, x);
	if (__builtin_isinf(ax) || __builtin_isinf(ay))
		return CMPLX(__builtin_inf(), im);
	if (__builtin_isnan(ax) || __builtin_isnan(ay))
		return CMPLX(ax + ay, ax + ay);
	if (ax < ay) {
		double t = ax; ax = ay; ay = t;
	}
	if (ax == 0)
		return CMPLX(-1 / ax, im);
	int k = 0;
	if (ax > 0x1p500) {
		ax *= 0x1p-600;
		ay *= 0x1p-600;
		k = 600;
	} else if (ax < 0x1p-500) {
		ax *= 0x1p600;
		ay *= 0x1p600;
		k = -600;
	}
	double re;
	dd s = dd_add(two_sqr(ax), two_sqr(ay));
	if (k == 0 && s.hi > 0.5 && s.hi < 2) {
		dd t = dd_add_d(s, -1.0);
		re = 0.5 * log1p(t.hi + t.lo);
	} else {
		re = 0.5 * log(s.hi) + 0.5 * (s.lo / s.hi) + k * 0x1.62e42fefa39efp-1;
	}
	return CMPLX(re, im);
}
