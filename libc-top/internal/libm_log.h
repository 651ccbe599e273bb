/* The logarithm kernel shared by log, log1p, log2, log10, pow, logf and
   powf (and through log_inline the inverse hyperbolic and gamma functions):
   x = 2^e m, log(x) = e ln2 - log(c) + log1p(m c - 1), with c and -log(c)
   from a table indexed by the leading bits of m (tests/math/tables.py). */
#ifndef _LIBM_LOG_H
#define _LIBM_LOG_H

#include "libm.h"

extern const double __log_tab[512];

#define LOG_OFF 0x3fe6b00000000000
/* ln2 as a 42-bit head, so that e * head + table head is exact. */
#define LOG_LN2_HI 0x1.62e42fefa3800p-1
#define LOG_LN2_LO 0x1.ef35793c76730p-45

/* log1p(r) = r - r^2/2 + r^3 P(r), |r| <= 2^-8 (tests/math/remez.py
   log1p_poly: P to 2^-54.6, so the r^3 term to 2^-78 of r). */
LIBM_INLINE double log_poly(double r)
{
	double r2 = r * r;
	return r2 * r * (0x1.5555555555556p-2 + r * -0x1.0000000000001p-2
	       + r2 * (0x1.99999999151dbp-3 + r * -0x1.55555554599fdp-3)
	       + r2 * r2 * (0x1.2493a467b0267p-3 + r * -0x1.0001a0b4fac1dp-3));
}

/* LOG_OFF in a float's bits: the same subintervals, 2^16 patterns each. */
#define LOGF_OFF 0x3f358000
_Static_assert(((uint64_t)LOGF_OFF << 29) + ((uint64_t)(0x3ff - 0x7f) << 52) == LOG_OFF,
               "LOGF_OFF and LOG_OFF differ");

/* The table entry for the bits ix of a positive normal float x = 2^e m (a
   subnormal one scaled to normal with its exponent field lowered by 23,
   which wraps), and r = m c - 1, exact in double (24 + 18 bits), for logf
   and powf.
   Working on the float's bits puts the table load before the conversion
   to double. */
LIBM_INLINE const double *logf_lookup(uint32_t ix, int *e, double *r)
{
	uint32_t tmp = ix - LOGF_OFF;
	const double *T = __log_tab + 4 * (tmp >> 16 & 127);
	*e = (int32_t)tmp >> 23;
	*r = (double)asfloat(ix - (tmp & 0xff800000)) * T[0] - 1.0;
	return T;
}

/* log1p(r) = r - r^2/2 + r^3 P(r), |r| <= 2^-8 (tests/math/remez.py
   log1p_poly4: P to 2^-37.8, so the r^3 term to 2^-61.7 absolute), for
   callers whose result is at least 1/4 in magnitude. */
LIBM_INLINE double log_poly4(double r)
{
	double r2 = r * r;
	return r2 * r * (0x1.5555555542684p-2 + r * -0x1.ffffffff7b827p-3
	       + r2 * (0x1.999ac34095868p-3 + r * -0x1.5556dc0279fd3p-3));
}

/* The bits of positive finite x, a subnormal one scaled to normal with
   its exponent field lowered by 52 (wrapping below zero, which
   log_lookup's arithmetic absorbs). */
LIBM_INLINE uint64_t log_bits(double x)
{
	uint64_t ix = asuint64(x);
	if (ix < 0x0010000000000000)
		ix = asuint64(x * 0x1p52) - (52ull << 52);
	return ix;
}

/* The table entry for x given by log_bits: x = 2^e m with m c within 2^-8
   of 1, where c is the entry's first value (at most 18 significant bits);
   then -log(c) as a head and a tail. */
LIBM_INLINE const double *log_lookup(uint64_t ix, int *e, double *m)
{
	uint64_t tmp = ix - LOG_OFF;
	*e = (int)((int64_t)tmp >> 52);
	*m = asdouble(ix - (tmp & 0xfff0000000000000));
	return __log_tab + 4 * (tmp >> 45 & 127);
}

/* m c - 1 == a + b exactly: with m cut to 35 bits, both products are
   exact, and mhi c lies within 2^-8 of 1. */
LIBM_INLINE void log_split(double m, double c, double *a, double *b)
{
	double mhi = asdouble(asuint64(m) & 0xfffffffffffc0000);
	*a = mhi * c - 1.0;
	*b = (m - mhi) * c;
}

/* The reduction for positive finite x: log(x) = t + tl + log1p(r.hi + r.lo)
   with t exact (a multiple of 2^-42), |tl| < 2^-32, |r| <= 2^-8, and t == 0
   exactly when x lies within [1 - 2^-9, 1 + 2^-8). */
LIBM_INLINE void log_reduce(double x, double *t, double *tl, dd *r)
{
	int e;
	double m, a, b;
	const double *T = log_lookup(log_bits(x), &e, &m);
	log_split(m, T[0], &a, &b);
	*r = two_sum(a, b);
	*t = e * LOG_LN2_HI + T[1];
	*tl = e * LOG_LN2_LO + T[2];
}

/* log(x) as an unnormalised hi + lo, |lo| < 2^-23 |hi|, with relative
   error below 2^-67, for x given by log_bits. With a + b from log_split,
   log1p(a + b) = a - a^2/2 + b - (a + b/2) b + r^3 P(r) to 2^-78, with r
   = a + b rounded (|b| < 2^-33): the two
   leading terms are added to t exactly (a^2/2 from the 26-bit head of a;
   |t| >= |a| or t == 0), the rest, below 2^-24, only needs double
   precision. Within [1 - 2^-9, 1 + 2^-8), where t == 0 and c == 1, a and b
   can cancel each other, so a is m - 1 there, which is exact. */
LIBM_INLINE dd log_dd_parts(uint64_t ix)
{
	int e;
	double m, a, b;
	const double *T = log_lookup(ix, &e, &m);
	log_split(m, T[0], &a, &b);
	if (ix - (0x3ff0000000000000 - (1ull << 44)) < (1ull << 45)) {
		a = m - 1.0;
		b = 0;
	}
	double t = e * LOG_LN2_HI + T[1];
	double tl = e * LOG_LN2_LO + T[2];
	double ah = asdouble(asuint64(a) & 0xfffffffff8000000);
	double al = a - ah;
	double q = -0.5 * ah * ah;
	double s1 = t + a, l1 = (t - s1) + a;
	double s2 = s1 + q, l2 = (s1 - s2) + q;
	double lo = (l1 + l2) + (tl + b)
	          - (0.5 * al * (a + ah) + (a + 0.5 * b) * b) + log_poly(a + b);
	return (dd){ s2, lo };
}

/* log(x) as a double-double with relative error below 2^-67, for positive
   finite x. */
LIBM_INLINE dd log_inline(double x)
{
	dd l = log_dd_parts(log_bits(x));
	return fast_two_sum(l.hi, l.lo);
}

/* y l as zh + *zl: the exact product of their 26-bit heads plus the cross
   terms, so that for |y l| < 746 the sum is known to 2^-57 when l is to
   2^-67 (pow's product). */
LIBM_INLINE double log_times(dd l, double y, double *zl)
{
	double yh = asdouble(asuint64(y) & 0xfffffffff8000000);
	double lh = asdouble(asuint64(l.hi) & 0xfffffffff8000000);
	*zl = (y - yh) * lh + y * ((l.hi - lh) + l.lo);
	return yh * lh;
}

/* The same for an integer n, which beyond 2^53 is split into a multiple
   of 2^11 (at most 52 significant bits) and its low bits, whose product
   with l (below 746 / 2^53) only enters the tail. */
LIBM_INLINE double log_times_ll(dd l, long long n, double *zl)
{
	if (n >= -(1LL << 53) && n <= (1LL << 53))
		return log_times(l, (double)n, zl);
	long long lo = n & 2047;
	double zh = log_times(l, (double)(n - lo), zl);
	*zl += (double)lo * l.hi;
	return zh;
}

/* log(1 + x) as a double-double with relative error near 2^-67, for
   finite x > -1: u + ul = 1 + x exactly, log(u) from log_inline, and
   log(1 + q) = q - q^2/2 to 2^-160 for q = ul/u, |q| <= 2^-53, a
   double-double where it is a sizeable part of the result (small x; the
   result is then near 2^-52, so that q^2/2 still counts); from 2^53 on q
   is below 2^-106 of the result, and dd_div's products could overflow. */
LIBM_INLINE dd log1p_dd(double x)
{
	dd u = two_sum(1.0, x);
	dd q = u.hi < 0x1p53 ? dd_div((dd){ u.lo, 0 }, (dd){ u.hi, 0 }) : (dd){ u.lo / u.hi, 0 };
	q.lo -= 0.5 * q.hi * q.hi;
	return dd_add(log_inline(u.hi), q);
}

/* log1p(x) (c.hi + c.lo) rounded once, with log1p's special cases: the
   body of log2p1 and log10p1 (c = 1/ln2, 1/ln10). */
LIBM_INLINE double log1p_times(double x, dd c)
{
	if (!(x > -1.0) || x == __builtin_inf()) {
		if (__builtin_isnan(x) || x == __builtin_inf())
			return x + x;
		if (x == -1.0)
			return __math_erange(-__builtin_inf());
		return __math_edom(__builtin_nan(""));
	}
	if (__builtin_fabs(x) < 0x1p-900)
		return dd_mul_tiny(x, c);
	return dd_mul(log1p_dd(x), c).hi;
}

#endif
