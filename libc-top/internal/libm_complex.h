/* Shared pieces of the complex functions. */
#ifndef _LIBM_COMPLEX_H
#define _LIBM_COMPLEX_H

#include "libm_ldfun.h"
#include "libm_log.h"
#include <complex.h>

#define PIO2 0x1.921fb54442d18p+0
#define PIO4 0x1.921fb54442d18p-1
#define LN2 0x1.62e42fefa39efp-1
#define PIO2L LDL_PIO2
#define PIO4L (0.5L * LDL_PIO2)

/* a b + c d rounded once, the products exact (barring overflow); a zero
   takes the sign the plain expression gives it, as the special values of
   C17 Annex G need. */
LIBM_INLINE double dot2(double a, double b, double c, double d)
{
	dd s = dd_add(two_prod(a, b), two_prod(c, d));
	return s.hi == 0 ? a * b + c * d : s.hi;
}

/* ax^2 + ay^2 - 1 for ax >= ay, ax^2 + ay^2 in (0.5, 2): with 26-bit halves
   a = ah + al, a^2 = ah^2 + 2 ah al + al^2 with each term exact, and ah^2 -
   1 exact (a multiple of 2^-52 below 2 in size). The terms are added from
   the largest, each rounding error kept; after the cancellation of the
   first two the errors are far smaller than the sum (a double-double
   |z|^2 minus 1 keeps only about 2^-106 of it absolutely). */
LIBM_INLINE dd abs2_minus1(double ax, double ay)
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

/* log|z| as a double-double to about 2^-67 of it, for ax >= ay >= 0, ax
   finite and nonzero (clog, cpow): |z|^2 scaled by 2^-1200 or 2^1200 at
   the ends of the range, log(s.hi + s.lo) = log(s.hi) + s.lo/s.hi; next
   to |z| = 1, log1p(t) of t = |z|^2 - 1 from abs2_minus1, as log(u.hi) +
   log1p(d) with u = 1 + t.hi exactly and d = (u.lo + t.lo)/u.hi, below
   2^-52, so that log1p(d) = d - d^2/2 (d a double-double: when t is that
   small, d and d^2/2 are of its size). */
LIBM_INLINE dd log_abs_dd(double ax, double ay)
{
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
	dd s = dd_add(two_sqr(ax), two_sqr(ay)), l;
	if (k == 0 && s.hi > 0.5 && s.hi < 2) {
		dd t = abs2_minus1(ax, ay);
		dd u = two_sum(1.0, t.hi);
		dd d = dd_div(two_sum(u.lo, t.lo), (dd){ u.hi, 0 });
		l = dd_add(log_inline(u.hi), dd_add_d(d, -0.5 * d.hi * d.hi));
	} else {
		l = dd_add_d(log_inline(s.hi), s.lo / s.hi);
	}
	l = (dd){ 0.5 * l.hi, 0.5 * l.lo };
	return k ? dd_add(l, (dd){ k * LOG_LN2_HI, k * LOG_LN2_LO }) : l;
}

/* log|z| = result + *lo to about 2^-120 of it, for ax >= ay >= 0, ax
   finite and nonzero (clogl, cpowl): |z|^2 = s + e exactly (fmal), scaled
   by 2^-18000 or 2^18000 at the ends of the range, then log(s) + e/s. */
LIBM_INLINE long double log_abs_ld(long double ax, long double ay, long double *lo)
{
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
	long double l, hi = ldl_log_kernel(s, &l);
	l = 0.5L * (l + e / s);
	hi *= 0.5L;
	long double err, r = ldl_two_sum(hi, k * LDL_LN2_HI, &err);
	*lo = err + l + k * LDL_LN2_LO;
	return r;
}

/* Kahan's branch cuts and formulas ("Branch cuts for complex elementary
   functions", 1987) keep the inverse functions accurate near their cuts;
   the float forms compute in double, the long double forms follow the
   double ones in binary128 with the long double real functions. */

#endif
