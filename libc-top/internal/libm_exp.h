/* The exponential kernel shared by exp, exp2, exp10, expm1, pow and the
   hyperbolic functions: 2^(j/128) from a table times a short polynomial. */
#ifndef _LIBM_EXP_H
#define _LIBM_EXP_H

#include "libm.h"

extern const double __exp_tab[256];

/* 128/ln2, and ln2/128 as a 35-bit head (so that k * head is exact for
   |k| < 2^18) and a tail. */
#define EXP_INVLN2N 0x1.71547652b82fep+7
#define EXP_LN2N_HI 0x1.62e42fefc0000p-8
#define EXP_LN2N_LO -0x1.c610ca86c3899p-44

/* exp(r) = 1 + r + r^2 P(r) for |r| <= ln2/256 (tests/math/remez.py
   exp_poly: relative error below 2^-63). */
#define EXP_P0 0x1.fffffffffff57p-2
#define EXP_P1 0x1.5555555555494p-3
#define EXP_P2 0x1.55555ad25b8dbp-5
#define EXP_P3 0x1.111115c55f899p-7

/* t + exp(r) - 1 for |r| <= ln2/256 + 2^-40, in an order that keeps the
   chain of dependent operations short. */
LIBM_INLINE double exp_poly(double r, double t)
{
	double r2 = r * r;
	return (t + r) + r2 * (EXP_P0 + r * EXP_P1) + r2 * r2 * (EXP_P2 + r * EXP_P3);
}

/* exp(x) = 2^k * (hi + lo) for x = k*ln2/128 + r, given the reduced r (of
   which the caller removed ki * ln2/128) and ki. hi + lo lies in
   [0.99, 2.01) with a relative error below 2^-61. */
LIBM_INLINE dd exp_finish(double r, int ki, int *k)
{
	const double *t = __exp_tab + 2 * (ki & 127);
	*k = ki >> 7;
	return (dd){ t[0], t[0] * exp_poly(r, t[1]) };
}

/* The same rounded to a double, for ki >> 7 in [-1000, 1022] (a normal
   result, and s (tail + p) far from the subnormal range, where it would
   round coarsely): the table value is scaled by adding k to its exponent,
   so that the result is s + s (tail + p). */
LIBM_INLINE double exp_finish_normal(double r, int ki)
{
	const double *t = __exp_tab + 2 * (ki & 127);
	double s = asdouble(asuint64(t[0]) + ((uint64_t)(ki >> 7) << 52));
	return s + s * exp_poly(r, t[1]);
}

/* x = ki ln2/128 + r, |r| <= ln2/256 + 2^-40, for |x| < 1500. */
LIBM_INLINE double exp_reduce(double x, int *ki)
{
	double kd = round_int(x * EXP_INVLN2N, ki);
	return (x - kd * EXP_LN2N_HI) - kd * EXP_LN2N_LO;
}

/* exp(x + xt) = 2^k * (hi + lo) for |x| < 1500, |xt| <= 2^-40 |x|. */
LIBM_INLINE dd exp_kernel(double x, double xt, int *k)
{
	int ki;
	double r = exp_reduce(x, &ki) + xt;
	return exp_finish(r, ki, k);
}

/* 2^(z/128) for |z| < 2^20, to a relative 2^-40 (for float results): z
   is split into an integer, whose 2^(j/128) comes from the table's head,
   and a fraction d, |d| <= 1/2, for a cubic (tests/math/remez.py
   exp2n_poly) whose halves evaluate in parallel. */
LIBM_INLINE double exp2n_float(double z)
{
	int ki;
	double d = z - round_int(z, &ki);
	double s = asdouble(asuint64(__exp_tab[2 * (ki & 127)]) + ((uint64_t)(ki >> 7) << 52));
	return s * ((1 + d * 0x1.62e42fefa372fp-8)
	            + d * d * (0x1.ebfbeeccf6d6cp-17 + d * 0x1.c6b09b2544e0cp-26));
}

/* x = ki/128 + d with x - ki/128 exact; returns d ln2, |d ln2| <= ln2/256
   (exp2's reduction), for |x| < 2^20. */
LIBM_INLINE double exp2_reduce(double x, int *ki)
{
	double kd = round_int(x * 128, ki);
	return (x - kd * 0x1p-7) * 0x1.62e42fefa39efp-1;
}

/* 10^x = 2^(x log2(10)): with kd = round(x 128 log2(10)), the remainder
   d = x - kd log10(2)/128 is computed with a 35-bit head of log10(2)/128
   (exact product and difference) and a tail; returns d ln10. For
   |x| < 2^20. */
LIBM_INLINE double exp10_reduce(double x, int *ki)
{
	double kd = round_int(x * 0x1.a934f0979a371p+8, ki);
	double d = (x - kd * 0x1.3441350a00000p-9) - kd * -0x1.0c0219dc1da99p-46;
	return d * 0x1.26bb1bbb55516p+1;
}

/* (expm1(x) - x) = x^2/2 + x^3 P(x) for |x| <= 1/16 (tests/math/remez.py
   expm1_poly). */
LIBM_INLINE double expm1_tail(double x)
{
	double x2 = x * x;
	double p = 0x1.5555555555555p-3 + x * 0x1.5555555555555p-5
	         + x2 * (0x1.11111111111e8p-7 + x * 0x1.6c16c16c16da1p-10)
	         + x2 * x2 * (0x1.a01a018f49e32p-13 + x * 0x1.a01a018d0b04cp-16
	                      + x2 * (0x1.71e4f3f633c14p-19 + x * 0x1.27ea964dfd0f0p-22));
	return 0.5 * x2 + x2 * x * p;
}

/* b^x - 1 for |x ln b| <= 1/16, ln b = c.hi + c.lo: expm1 of z = x ln b
   held as a double-double, z + (zl (1 + z) + expm1_tail(z)) (exp2m1,
   exp10m1). */
LIBM_INLINE double expm1_times_small(double x, dd c)
{
	if (__builtin_fabs(x) < 0x1p-900)
		return dd_mul_tiny(x, c);
	dd z = dd_mul_d(c, x);
	return z.hi + (z.lo + z.lo * z.hi + expm1_tail(z.hi));
}

/* 2^k (y.hi + y.lo) - 1 for k in [-1021, 1021], y from exp_finish: the
   subtraction of 1 is exact, so that a result of at least 0.06 in
   magnitude keeps the kernel's relative accuracy. */
LIBM_INLINE double exp_minus_one(dd y, int k)
{
	double s = asdouble((uint64_t)(0x3ff + k) << 52);
	dd a = two_sum(y.hi * s, -1.0);
	return a.hi + (a.lo + y.lo * s);
}

/* zh + zl = ki ln2/128 + r, |r| <= ln2/256 + 2^-40, for |zh| < 746,
   |zl| < 2^-15. */
LIBM_INLINE double pow_reduce(double zh, double zl, int *ki)
{
	double kd = round_int((zh + zl) * EXP_INVLN2N, ki);
	/* zh - kd ln2hi is exact: both are multiples of 2^-61 and their
	   difference is below 2^-8. */
	return (zh - kd * EXP_LN2N_HI) + (zl - kd * EXP_LN2N_LO);
}

/* exp(zh + zl) rounded once, for |zl| < 2^-15 and any finite zh, with
   errno reporting overflow and underflow (pow's last step). */
LIBM_INLINE double exp_dd(double zh, double zl)
{
	int ki, k;
	if (!(zh < 708.0 && zh > -690.0)) {
		if (zh > 709.8)
			return __math_erange(0x1p1023 * 2.0);
		if (zh < -745.2)
			return __math_erange(0x1p-1074 * 0.5);
		double r = pow_reduce(zh, zl, &ki);
		dd e = exp_finish(r, ki, &k);
		return __math_scale(e.hi, e.lo, k);
	}
	return exp_finish_normal(pow_reduce(zh, zl, &ki), ki);
}

#endif
