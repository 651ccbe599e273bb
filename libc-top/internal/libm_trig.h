/* Kernels of sin, cos, tan and sincos on the reduced argument r = r.hi +
   r.lo, |r| <= pi/4 + 2^-17 (tests/math/remez.py sin_poly, cos_poly). */
#ifndef _LIBM_TRIG_H
#define _LIBM_TRIG_H

#include "libm.h"

/* (sin(r) - r) / r^3 as a polynomial in z = r^2, error below 2^-56 of it. */
#define SIN_P0 (-0x1.5555555555555p-3)
#define SIN_P1 0x1.1111111111110p-7
#define SIN_P2 (-0x1.a01a01a019939p-13)
#define SIN_P3 0x1.71de3a5460a7fp-19
#define SIN_P4 (-0x1.ae645412e0f28p-26)
#define SIN_P5 0x1.61217f1eb2773p-33
#define SIN_P6 (-0x1.ab17de0847696p-41)

LIBM_INLINE double sin_poly(double z)
{
	double z2 = z * z;
	return SIN_P0 + z * SIN_P1 + z2 * (SIN_P2 + z * SIN_P3)
	     + z2 * z2 * (SIN_P4 + z * SIN_P5 + z2 * SIN_P6);
}

/* (sin_poly(z) - SIN_P0) / z, for tan, which takes the SIN_P0 term apart. */
LIBM_INLINE double sin_poly_tail(double z)
{
	double z2 = z * z;
	return SIN_P1 + z * SIN_P2 + z2 * (SIN_P3 + z * SIN_P4) + z2 * z2 * (SIN_P5 + z * SIN_P6);
}

/* (cos(r) - 1 + r^2/2) / r^4 as a polynomial in z = r^2. */
LIBM_INLINE double cos_poly(double z)
{
	double z2 = z * z;
	return 0x1.5555555555555p-5 + z * -0x1.6c16c16c16c16p-10
	     + z2 * (0x1.a01a01a019d0bp-16 + z * -0x1.27e4fb7712dd6p-22)
	     + z2 * z2 * (0x1.1eed8deba248ep-29 + z * -0x1.9394ba1b8dc4ap-37
	                  + z2 * 0x1.ab7862a232641p-45);
}

/* sin(r) as an unevaluated hi + lo with relative error below 2^-60. */
LIBM_INLINE dd sin_kernel(dd r)
{
	double z = r.hi * r.hi;
	return (dd){ r.hi, r.lo * (1 - 0.5 * z) + r.hi * z * sin_poly(z) };
}

/* cos(r) as an unevaluated hi + lo with relative error below 2^-60: with
   rh the 26-bit head of r.hi, rh^2/2 is exact and so is its subtraction
   from 1; r.hi^2 - rh^2 = (r.hi - rh)(r.hi + rh), below 2^-24 r^2, only
   needs double precision. */
LIBM_INLINE dd cos_kernel(dd r)
{
	double rh = asdouble(asuint64(r.hi) & 0xfffffffff8000000);
	double h = 0.5 * rh * rh;
	double w = 1 - h;
	double z = r.hi * r.hi;
	return (dd){ w, ((1 - w) - h) - 0.5 * (r.hi - rh) * (r.hi + rh) - r.hi * r.lo
	                + z * z * cos_poly(z) };
}

/* pi/2 in four pieces: three of 33 bits (so that k * piece is exact for
   |k| < 2^20) and a 53-bit tail, about 2^-152 in all. */
#define PIO2_1 0x1.921fb54400000p+0
#define PIO2_2 0x1.0b4611a600000p-34
#define PIO2_3 0x1.3198a2e000000p-69
#define PIO2_3T 0x1.3198a2e037073p-69
#define PIO2_4 0x1.b839a252049c1p-104

/* x = n * pi/2 + r, |r| <= pi/4 (slightly more for huge x); returns n mod
   4. Below 2^20 pi/2 inline, by Cody and Waite's method with the pieces
   above, so that the caller keeps r in registers; beyond, __rem_pio2. */
LIBM_INLINE int rem_pio2(double x, dd *r)
{
	if (!(__builtin_fabs(x) < 0x1.921fb54442d18p+20))
		return __rem_pio2(x, r);
	int n;
	double kd = round_int(x * 0x1.45f306dc9c883p-1, &n);
	double w = x - kd * PIO2_1;
	dd y = two_sum(w, -kd * PIO2_2);
	if (__builtin_fabs(y.hi) > 0x1p-30) {
		*r = fast_two_sum(y.hi, y.lo - kd * PIO2_3T);
	} else {
		/* Cancellation: keep two more pieces of pi/2. */
		dd v = two_sum(y.hi, -kd * PIO2_3);
		*r = fast_two_sum(v.hi, v.lo + y.lo - kd * PIO2_4);
	}
	return n & 3;
}

/* x = n/2 + f for |x| < 2^53, |f| <= 1/4: 2x and f are exact (f is a
   multiple of x's ulp no larger than x). Returns n mod 4, f in *f and pi f
   as a double-double in *t (its low part loses accuracy below 2^-969). */
LIBM_INLINE int pi_reduce(double x, dd *t, double *f)
{
	double n = __builtin_rint(2 * x);
	*f = x - 0.5 * n;
	dd p = two_prod(*f, PI_HI);
	*t = fast_two_sum(p.hi, p.lo + *f * PI_LO);
	return (int)((int64_t)n & 3);
}

#endif
