/* The arctangent table and series shared by atan, atan2, asin, acos and
   atan2f: atan(x) = atan(c) + atan((x - c) / (1 + x c)) with c from
   __atan_tab (tests/math/tables.py) and a short odd series. */
#ifndef _LIBM_ATAN_H
#define _LIBM_ATAN_H

#include "libm.h"

extern const double __atan_tab[384];

/* (atan(x) - x) / x^3 as a polynomial in z = x^2 for |x| <= 1/16
   (tests/math/remez.py atan_poly). */
LIBM_INLINE double atan_poly(double z)
{
	double z2 = z * z;
	return -0x1.5555555555555p-2 + z * 0x1.999999999999ap-3
	     + z2 * (-0x1.2492492492326p-3 + z * 0x1.c71c71c60b1edp-4)
	     + z2 * z2 * (-0x1.745d14383904ap-4 + z * 0x1.3b0f355b9f3cbp-4);
}

/* atan of a small double-double t: an unevaluated hi + lo. */
LIBM_INLINE dd atan_small(dd t)
{
	double z = t.hi * t.hi;
	return (dd){ t.hi, t.lo * (1 - z) + t.hi * z * atan_poly(z) };
}

/* (atan(x) - x) / x^3 in z = x^2 for |x| <= 1.01 * 2^-6, the reduced
   argument of the table (tests/math/remez.py atan_poly3: error below 2^-44, so x^3 times it
   below 2^-62). */
LIBM_INLINE double atan_poly3(double z)
{
	return -0x1.5555555555190p-2 + z * (0x1.9999991472aa3p-3 + z * -0x1.247c876879957p-3);
}

#endif
