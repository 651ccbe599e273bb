#include "libm.h"

extern const double __lgamma_near1[15], __lgamma_near2[13];

#define LOG_PI_HI 0x1.250d048e7a1bdp+0
#define LOG_PI_LO 0x1.7abf2ad8d5088p-57

/* lgamma(c + t) = t (a + t P(t)) near its zeros at 1 and 2. */
static double near_zero(const double *c, int n, double t)
{
	double p = c[n - 1];
	for (int i = n - 2; i >= 2; i--)
		p = c[i] + t * p;
	dd r = two_prod(t, c[0]);
	return r.hi + (r.lo + t * (c[1] + t * p));
}

/* log|Gamma(x)|: Stirling's series after shifting the argument up
   (__lgamma_pos), dedicated expansions around the zeros at 1 and 2, and
   for x < 0 the reflection log(pi / |sin(pi x)|) - lgamma(1 - x). */
double __lgamma_r(double x, int *sign)
{
	*sign = 1;
	if (!__builtin_isfinite(x))
		return x * x;
	if (x == 0) {
		if (__builtin_signbit(x))
			*sign = -1;
		return __math_erange(__builtin_inf());
	}
	if (x > 0) {
		if (__builtin_fabs(x - 1) <= 0.125)
			return near_zero(__lgamma_near1, 15, x - 1);
		if (__builtin_fabs(x - 2) <= 0.15)
			return near_zero(__lgamma_near2, 13, x - 2);
		if (x > 0x1p60) {
			/* (x - 1/2) log x - x + log(2 pi)/2, the last term below
			   2^-60 of the result; x scaled down for the exact product. */
			dd l = __log_dd(x);
			dd m = dd_add_d(l, -1.0);
			dd p = two_prod(x * 0x1p-100, m.hi);
			p.lo += x * 0x1p-100 * m.lo - 0x1p-101 * l.hi;
			double y = (p.hi + p.lo) * 0x1p100;
			return __builtin_isinf(y) ? __math_erange(y) : y;
		}
		dd l = __lgamma_pos((dd){ x, 0 });
		return l.hi + l.lo;
	}
	if (__builtin_rint(x) == x)
		return __math_erange(__builtin_inf());
	dd s = __sinpi_dd(x);
	if (s.hi < 0) {
		*sign = -1;
		s.hi = -s.hi;
		s.lo = -s.lo;
	}
	if (x > -0x1p-60) {
		dd l = __log_dd(-x);
		return -(l.hi + l.lo);
	}
	dd ls = __log_dd(s.hi);
	ls.lo += s.lo / s.hi;
	dd l = __lgamma_pos(two_sum(1, -x));
	dd r = dd_add((dd){ LOG_PI_HI, LOG_PI_LO }, (dd){ -ls.hi, -ls.lo });
	r = dd_add(r, (dd){ -l.hi, -l.lo });
	return r.hi + r.lo;
}
