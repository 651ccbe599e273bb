/* Kernels of sin, cos, tan and sincos on the reduced argument r = r.hi +
   r.lo, |r| <= pi/4 + 2^-17 (tests/math/remez.py sin_poly, cos_poly). */
#ifndef _LIBM_TRIG_H
#define _LIBM_TRIG_H

#include "libm.h"

/* (sin(r) - r) / r^3 as a polynomial in z = r^2, error below 2^-56 of it. */
LIBM_INLINE double sin_poly(double z)
{
	double z2 = z * z;
	return -0x1.5555555555555p-3 + z * 0x1.1111111111110p-7
	     + z2 * (-0x1.a01a01a019939p-13 + z * 0x1.71de3a5460a7fp-19)
	     + z2 * z2 * (-0x1.ae645412e0f28p-26 + z * 0x1.61217f1eb2773p-33
	                  + z2 * -0x1.ab17de0847696p-41);
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

/* cos(r) as an unevaluated hi + lo with relative error below 2^-60: r^2/2
   is exact (two_sqr) and so is its subtraction from 1. */
LIBM_INLINE dd cos_kernel(dd r)
{
	dd q = two_sqr(r.hi);
	double h = 0.5 * q.hi;
	double w = 1 - h;
	double z = q.hi;
	return (dd){ w, ((1 - w) - h) - 0.5 * q.lo - r.hi * r.lo
	                + z * z * cos_poly(z) };
}

#endif
