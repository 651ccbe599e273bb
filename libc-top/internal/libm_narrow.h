/* The C23 narrowing operations (7.12.14: fadd, daddl, fmul, ffma, fsqrt,
   ...) round the exact result once to the narrower type. Each computes it
   in long double rounded to odd (truncated, with the lowest bit set when
   anything was lost), then narrows that: a value rounded to odd with at
   least two more bits than the target rounds to the target as the exact
   value would (Boldo and Melquiond, "Emulation of FMA and correctly
   rounded sums: proved algorithms using rounding to odd", 2008); long
   double has 113 bits, float 24 and double 53. A result that is not
   finite carries the errors of 7.12.1 already; narrowl_f and narrowl_d
   add those of the narrowing. */
#ifndef _LIBM_NARROW_H
#define _LIBM_NARROW_H

#include "libm_ld.h"

/* NaN from operands that are not NaN is a domain error (inf - inf,
   0 * inf, 0 / 0, the square root of a negative number), infinity from
   finite operands an overflow or a pole error. */
LIBM_INLINE long double wide_special(long double w, long double x, long double y, long double z)
{
	if (__builtin_isnan(w) && !__builtin_isnan(x) && !__builtin_isnan(y) && !__builtin_isnan(z))
		errno = EDOM;
	else if (__builtin_isinf(w) && __builtin_isfinite(x) && __builtin_isfinite(y)
	         && __builtin_isfinite(z))
		errno = ERANGE;
	return w;
}

/* s, an operation rounded to nearest, rounded to odd instead: when the
   exact result s + rest is not s and s is even, the neighbour of s on the
   side of rest is odd and next to the exact value. */
LIBM_INLINE long double to_oddl(long double s, long double rest)
{
	u128 u = asu128(s);
	if (rest != 0 && !(u & 1))
		u += (rest > 0) == !(u >> 127) ? 1 : -1;
	return asldouble(u);
}

/* x + y: the rest is exact (Knuth's two-sum). */
LIBM_INLINE long double sum_odd(long double x, long double y)
{
	long double s = x + y;
	if (!__builtin_isfinite(s))
		return wide_special(s, x, y, 0);
	long double b = s - x;
	return to_oddl(s, (x - (s - b)) + (y - b));
}

/* x * y + z, and x * y as x * y - 0 (which keeps the sign of a zero
   product), from the integer fmal. */
LIBM_INLINE long double fma_odd(long double x, long double y, long double z)
{
	long double r = __fmal(x, y, z, 1);
	if (!__builtin_isfinite(r))
		return wide_special(r, x, y, z);
	return r;
}

/* x / y: the remainder x - q*y of the rounded quotient q is exact, and the
   exact quotient is q + remainder / y; a finite x over an infinite y is
   exactly 0. */
LIBM_INLINE long double quotient_odd(long double x, long double y)
{
	long double q = x / y;
	if (!__builtin_isfinite(q))
		return wide_special(q, x, y, 0);
	if (__builtin_isinf(y))
		return q;
	long double r = fmal(-q, y, x);
	return to_oddl(q, r == 0 ? 0 : __builtin_signbit(r) == __builtin_signbit(y) ? 1 : -1);
}

/* sqrt(x): the exact root is above s when x - s*s is positive. */
LIBM_INLINE long double sqrt_odd(long double x)
{
	long double s = sqrtl(x);
	if (!__builtin_isfinite(s))
		return wide_special(s, x, 0, 0);
	return to_oddl(s, fmal(-s, s, x));
}

/* y narrowed, with overflow and inexact underflow reported (y is odd when
   it was inexact, so then it differs from its narrowing). */
LIBM_INLINE float narrowl_f(long double y)
{
	float r = (float)y;
	if (__builtin_isinf(r) && !__builtin_isinf(y))
		errno = ERANGE;
	else if (__builtin_fabsf(r) < FLT_MIN && (long double)r != y)
		errno = ERANGE;
	return r;
}

LIBM_INLINE double narrowl_d(long double y)
{
	double r = (double)y;
	if (__builtin_isinf(r) && !__builtin_isinf(y))
		errno = ERANGE;
	else if (__builtin_fabs(r) < DBL_MIN && (long double)r != y)
		errno = ERANGE;
	return r;
}

#endif
