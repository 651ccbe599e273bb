#include "libm_complex.h"

/* log|z| + i arg z. Near |z| = 1 the real part is log1p(|z|^2 - 1)/2,
   with |z|^2 - 1 summed from exact pieces (x^2 - 1 + y^2 cancels to far
   below the rounding error of a double-double |z|^2); elsewhere |z|^2 is a
   double-double. Special cases as C17 G.6.3.2 follow from atan2 and the
   checks below. */

/* ax^2 + ay^2 - 1 for ax >= ay, ax^2 + ay^2 in (0.5, 2): with 26-bit halves
   a = ah + al, a^2 = ah^2 + 2 ah al + al^2 with each term exact, and ah^2 -
   1 exact (a multiple of 2^-52 below 2 in size). The terms are added from
   the largest, each rounding error kept; after the cancellation of the
   first two the errors are far smaller than the sum. */
static dd abs2_minus1(double ax, double ay)
{
	dd a = split(ax), b = split(ay);
	double t[5] = { b.hi * b.hi, 2 * a.hi * a.lo, 2 * b.hi * b.lo, a.lo * a.lo, b.lo * b.lo };
	double s = a.hi * a.hi - 1, e = 0;
	for (int i = 0; i < 5; i++) {
		dd u = two_sum(s, t[i]);
		s = u.hi;
		e += u.lo;
	}
	return fast_two_sum(s, e);
}

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
		dd t = abs2_minus1(ax, ay);
		re = 0.5 * (log1p(t.hi) + t.lo / (1 + t.hi));
	} else {
		re = 0.5 * log(s.hi) + 0.5 * (s.lo / s.hi) + k * 0x1.62e42fefa39efp-1;
	}
	return CMPLX(re, im);
}
