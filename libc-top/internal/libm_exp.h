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

#endif
