/* Private helpers of the math library: bit access, error reporting and
   double-double arithmetic. */
#ifndef _LIBM_H
#define _LIBM_H

/* The library defines every function math.h can declare. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>

#define LIBM_INLINE static inline __attribute__((__always_inline__))

LIBM_INLINE uint64_t asuint64(double x)
{
	uint64_t u;
	__builtin_memcpy(&u, &x, sizeof u);
	return u;
}

LIBM_INLINE double asdouble(uint64_t u)
{
	double x;
	__builtin_memcpy(&x, &u, sizeof x);
	return x;
}

LIBM_INLINE uint32_t asuint(float x)
{
	uint32_t u;
	__builtin_memcpy(&u, &x, sizeof u);
	return u;
}

LIBM_INLINE float asfloat(uint32_t u)
{
	float x;
	__builtin_memcpy(&x, &u, sizeof x);
	return x;
}

/* long double is IEEE binary128 on wasm32, stored little-endian. */
typedef unsigned __int128 u128;

LIBM_INLINE u128 asu128(long double x)
{
	u128 u;
	__builtin_memcpy(&u, &x, sizeof u);
	return u;
}

LIBM_INLINE long double asldouble(u128 u)
{
	long double x;
	__builtin_memcpy(&x, &u, sizeof x);
	return x;
}

/* x rounded to an integer (ties to even), as a double and in *k, for
   |x| < 2^31: adding 1.5 * 2^52 leaves the integer in the low bits, which
   spares WebAssembly's guarded float-to-int conversion. */
LIBM_INLINE double round_int(double x, int *k)
{
	double s = x + 0x1.8p52;
	*k = (int)(uint32_t)asuint64(s);
	return s - 0x1.8p52;
}

/* Error reporting (C17 7.12.1, math_errhandling == MATH_ERRNO). Each returns
   the value the caller should return, so a special case is one line. */
LIBM_INLINE double __math_edom(double r)
{
	errno = EDOM;
	return r;
}

LIBM_INLINE double __math_erange(double r)
{
	errno = ERANGE;
	return r;
}

LIBM_INLINE float __math_edomf(float r)
{
	errno = EDOM;
	return r;
}

LIBM_INLINE float __math_erangef(float r)
{
	errno = ERANGE;
	return r;
}

LIBM_INLINE long double __math_edoml(long double r)
{
	errno = EDOM;
	return r;
}

LIBM_INLINE long double __math_erangel(long double r)
{
	errno = ERANGE;
	return r;
}

/* A float result computed in double: report the overflow to infinity and
   the inexact underflow that the narrowing causes. */
LIBM_INLINE float __math_narrow(double y)
{
	float r = (float)y;
	if (__builtin_isinf(r) && !__builtin_isinf(y))
		errno = ERANGE;
	else if (__builtin_fabsf(r) < FLT_MIN && (double)r != y)
		errno = ERANGE;
	return r;
}

/* The fromfp family for float and double (__fromfp.c). */
double __fromfp(double x, int rnd, unsigned width, int is_unsigned);

/* setpayload and setpayloadsig: quiet is the quiet bit or 0 (__setpayload.c). */
int __setpayload(double *res, double pl, uint64_t quiet);
int __setpayloadf(float *res, float pl, uint32_t quiet);

/* pi, pi/2 and 1/pi as double-doubles (head rounded, tail the rest). */
#define PI_HI 0x1.921fb54442d18p+1
#define PI_LO 0x1.1a62633145c07p-53
#define PIO2_HI 0x1.921fb54442d18p+0
#define PIO2_LO 0x1.1a62633145c07p-54
#define INVPI_HI 0x1.45f306dc9c883p-2
#define INVPI_LO -0x1.6b01ec5417056p-56

/* Double-double arithmetic: a value is hi + lo with |lo| <= ulp(hi)/2.
   These are exact transformations (Dekker 1971, Knuth TAOCP 4.2.2) valid
   without fused multiply-add, which WebAssembly does not have. */
typedef struct { double hi, lo; } dd;

/* hi + lo == a + b exactly, when |a| >= |b| or a == 0. */
LIBM_INLINE dd fast_two_sum(double a, double b)
{
	double s = a + b;
	return (dd){ s, b - (s - a) };
}

/* hi + lo == a + b exactly, for any order. */
LIBM_INLINE dd two_sum(double a, double b)
{
	double s = a + b;
	double bb = s - a;
	return (dd){ s, (a - (s - bb)) + (b - bb) };
}

/* Veltkamp splitting: a == hi + lo, each with at most 26 significant bits.
   |a| must be below 2^996. */
LIBM_INLINE dd split(double a)
{
	double t = 134217729.0 * a;
	double hi = t - (t - a);
	return (dd){ hi, a - hi };
}

/* hi + lo == a * b exactly, barring overflow and underflow. */
LIBM_INLINE dd two_prod(double a, double b)
{
	dd as = split(a), bs = split(b);
	double p = a * b;
	double e = ((as.hi * bs.hi - p) + as.hi * bs.lo + as.lo * bs.hi)
	           + as.lo * bs.lo;
	return (dd){ p, e };
}

/* hi + lo == a * a exactly. */
LIBM_INLINE dd two_sqr(double a)
{
	dd as = split(a);
	double p = a * a;
	double e = ((as.hi * as.hi - p) + 2 * as.hi * as.lo) + as.lo * as.lo;
	return (dd){ p, e };
}

LIBM_INLINE dd dd_add(dd a, dd b)
{
	dd s = two_sum(a.hi, b.hi);
	dd t = two_sum(a.lo, b.lo);
	s.lo += t.hi;
	s = fast_two_sum(s.hi, s.lo);
	s.lo += t.lo;
	return fast_two_sum(s.hi, s.lo);
}

LIBM_INLINE dd dd_add_d(dd a, double b)
{
	dd s = two_sum(a.hi, b);
	return fast_two_sum(s.hi, s.lo + a.lo);
}

LIBM_INLINE dd dd_mul(dd a, dd b)
{
	dd p = two_prod(a.hi, b.hi);
	p.lo += a.hi * b.lo + a.lo * b.hi;
	return fast_two_sum(p.hi, p.lo);
}

LIBM_INLINE dd dd_mul_d(dd a, double b)
{
	dd p = two_prod(a.hi, b);
	p.lo += a.lo * b;
	return fast_two_sum(p.hi, p.lo);
}

/* a / b to about 2^-104 relative. */
LIBM_INLINE dd dd_div(dd a, dd b)
{
	double q = a.hi / b.hi;
	dd p = two_prod(q, b.hi);
	double r = ((a.hi - p.hi) - p.lo + a.lo - q * b.lo) / b.hi;
	return fast_two_sum(q, r);
}

/* sqrt(a.hi + a.lo) to about 2^-104 relative, a.hi > 0. */
LIBM_INLINE dd dd_sqrt(dd a)
{
	double s = __builtin_sqrt(a.hi);
	dd p = two_sqr(s);
	double r = ((a.hi - p.hi) - p.lo + a.lo) / (2 * s);
	return fast_two_sum(s, r);
}

/* 2^k * (hi + lo), rounded once, with errno set on overflow and underflow;
   hi in [0.5, 4). */
double __math_scale(double hi, double lo, int k);
/* 2^k * (r.hi + r.lo) rounded once, any sign, r.hi normal and nonzero. */
double __dd_ldexp(dd r, int k);

/* x (c.hi + c.lo) rounded once, errno reporting an inexact underflow, for
   |x| < 2^-900: the product is formed 2^200 higher, where its exact
   transformation cannot underflow, then scaled back with one rounding. */
LIBM_INLINE double dd_mul_tiny(double x, dd c)
{
	if (x == 0)
		return x * c.hi;
	return __dd_ldexp(dd_mul_d(c, x * 0x1p200), -200);
}

/* Shared cores. Each returns a double-double with a relative error far
   below an ulp so that its callers round only once. */

/* log(x) for positive finite x, relative error below 2^-67. */
dd __log_dd(double x);
/* Reduce x modulo pi/2 for |x| >= 2^20 pi/2 or not finite (rem_pio2 in
   libm_trig.h takes the rest): x = n * pi/2 + r, |r| <= pi/4 (slightly
   more for huge x). Returns n mod 4. */
int __rem_pio2(double x, dd *r);
/* The quadrant and the reduced fraction of m 2^e times 2/pi, m < 2^113
   (see __rem_pio2.c). */
int __rem_pio2_bits(u128 m, int e, uint64_t w[3], int *neg);
/* sin and cos of r, |r.hi| <= pi/4 + 2^-20. */
void __sincos_dd(dd r, dd *s, dd *c);
/* atan(x) for 0 <= x.hi < infinity. */
dd __atan_dd(dd x);
/* log(Gamma(z)) for z > 0. */
dd __lgamma_pos(dd z);
/* sin(pi x) for |x| < 2^52. */
dd __sinpi_dd(double x);
/* J_nu(|x|) and Y_nu(x), nu = 0 or 1, for finite nonzero x (x > 0 for Y;
   x >= 2^-60 for Y1): absolute error below 2^-74 (below 2^-100 for
   x > 40), relative error near 2^-60 but next to a zero. */
dd __bessel_j(int nu, double x);
dd __bessel_y(int nu, double x);
/* J_n(x) (y = 0) or Y_n(x) next to one of their tabulated zeros (the
   first 32 for n = 0, 1, those below 40 for n = 2..36), to 2^-60
   relative; 0 if x is not next to one. */
int __bessel_near_zero(unsigned n, int y, double x, dd *r);
/* C_n(x) for C = J (y = 0) or Y, 2 <= n <= x, given a = C_(n-1)(x) and b =
   C_n(x) from the double-double recurrence: b, or where b is small
   relative to a (next to a zero of C_n) and 56 <= x < 2^24, C_n(x) from
   the recurrence in triple-double, to 2^-60 of its value. */
dd __bessel_refine(unsigned n, int y, double x, dd a, dd b);
/* (2k/x) b - a: C_(k+1) from a = C_(k-1) and b = C_k, for C = J or Y.
   Above 2^990 the product would overflow inside dd_div, and 2k/x b is
   below 2^-950 of b: the term is left out. */
LIBM_INLINE dd bessel_step(dd a, dd b, double k, double x)
{
	dd c = { -a.hi, -a.lo };
	return x < 0x1p990 ? dd_add(dd_div(dd_mul_d(b, 2 * k), (dd){ x, 0 }), c) : c;
}
/* log|Gamma(x)| and the sign of Gamma(x). */
double __lgamma_r(double x, int *sign);

#endif
