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

/* exp(r) - 1 for |r| <= ln2/256 + 2^-40. */
LIBM_INLINE double exp_poly(double r)
{
	double r2 = r * r;
	return r + r2 * (EXP_P0 + r * EXP_P1 + r2 * (EXP_P2 + r * EXP_P3));
}

/* exp(x) = 2^k * (hi + lo) for x = k*ln2/128 + r, given the reduced r (of
   which the caller removed ki * ln2/128) and ki. hi + lo lies in
   [0.99, 2.01) with a relative error below 2^-61. */
LIBM_INLINE dd exp_finish(double r, int ki, int *k)
{
	const double *t = __exp_tab + 2 * (ki & 127);
	double p = exp_poly(r);
	*k = ki >> 7;
	return (dd){ t[0], t[1] + t[0] * p };
}

/* The same rounded to a double, for ki >> 7 in [-968, 1022] (a normal
   result, and its table tail scaled without underflow): the table value is
   scaled by adding k to its exponent, so that the polynomial's product is
   the last but one operation. */
LIBM_INLINE double exp_finish_normal(double r, int ki)
{
	const double *t = __exp_tab + 2 * (ki & 127);
	uint64_t sk = (uint64_t)(ki >> 7) << 52;
	double s0 = asdouble(asuint64(t[0]) + sk);
	double s1 = t[1] * asdouble(0x3ff0000000000000 + sk);
	return s0 + (s1 + s0 * exp_poly(r));
}

/* x + xt = ki ln2/128 + r, |r| <= ln2/256 + 2^-40, for |x| < 1500,
   |xt| <= 2^-40 |x|. */
LIBM_INLINE double exp_reduce(double x, double xt, int *ki)
{
	double kd = round_int(x * EXP_INVLN2N, ki);
	return (x - kd * EXP_LN2N_HI) - kd * EXP_LN2N_LO + xt;
}

/* exp(x + xt) = 2^k * (hi + lo) for |x| < 1500, |xt| <= 2^-40 |x|. */
LIBM_INLINE dd exp_kernel(double x, double xt, int *k)
{
	int ki;
	double r = exp_reduce(x, xt, &ki);
	return exp_finish(r, ki, k);
}

#endif
