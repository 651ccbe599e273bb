#include "libm_complex.h"

/* log|z| + i arg z, log|z| from log_abs_dd rounded once. Special cases
   as C17 G.6.3.2 follow from atan2 and the checks below. */
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
	double re = log_abs_dd(ax, ay).hi;
	return CMPLX(re, im);
}
