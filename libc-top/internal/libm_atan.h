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

/* The angle is K + s atan(n/d) with n = min(|x|, |y|), d = max, K one of
   0, pi/2, pi and s = +-1 by the quadrant. For n/d >= 1/16, atan(n/d) =
   atan(c) + atan((n - c d)/(d + c n)) with c from the atan table: c has 9
   bits, so with d split at 44 bits the numerator loses nothing and the
   quotient, at most 2^-6, needs no more than double precision. Below 1/16,
   n/d is taken as a double-double. K + s atan(c) is formed exactly, so
   only the last addition rounds at the scale of the result. Special cases
   as C17 F.10.1.4. */
LIBM_INLINE dd atan2_core(double ax, double ay, int xneg)
{
	int swap = ay > ax;
	double n = swap ? ax : ay, d = swap ? ay : ax;
	double q = n / d;
	double hi, lo;
	if (q < 0x1p-4) {
		dd p = two_prod(q, d);
		dd t = atan_small((dd){ q, ((n - p.hi) - p.lo) / d });
		hi = t.hi;
		lo = t.lo;
	} else {
		uint64_t iq = asuint64(q);
		const double *T = __atan_tab
		                + 3 * ((int)((iq >> 52) - 1019) * 16 + (int)(iq >> 48 & 15));
		double c = T[0];
		double dh = asdouble(asuint64(d) & 0xfffffffffffffe00);
		double t = ((n - c * dh) - c * (d - dh)) / (d + c * n);
		hi = T[1];
		lo = T[2] + (t + t * (t * t) * atan_poly3(t * t));
	}
	dd r;
	if (swap == xneg) {
		/* atan or pi/2 + atan. */
		r = swap ? fast_two_sum(PIO2_HI, hi) : (dd){ hi, 0 };
		r.lo += (swap ? PIO2_LO : 0) + lo;
	} else {
		/* pi/2 - atan or pi - atan. */
		double kh = swap ? PIO2_HI : PI_HI, kl = swap ? PIO2_LO : PI_LO;
		r = fast_two_sum(kh, -hi);
		r.lo += kl - lo;
	}
	return r;
}

/* |atan2(y, x)| as a double-double, not rounded (NaN if x or y is). */
LIBM_INLINE dd atan2_abs(double y, double x)
{
	uint64_t ix = asuint64(x), iy = asuint64(y);
	int ex = ix >> 52 & 0x7ff, ey = iy >> 52 & 0x7ff;
	int xneg = ix >> 63;
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
	dd r;
	/* Exponents within 60 of each other and far from both ends of the
	   range: no special case, and no product below can overflow or
	   underflow. */
	if (ex - 100u <= 0x7ff - 200u && ey - 100u <= 0x7ff - 200u && ex - ey + 60u <= 120) {
		r = atan2_core(ax, ay, xneg);
	} else if (__builtin_isnan(x) || __builtin_isnan(y)) {
		r = (dd){ x + y, 0 };
	} else if (ay == 0 || (ax == __builtin_inf() && ay != __builtin_inf())) {
		r = xneg ? (dd){ PI_HI, PI_LO } : (dd){ 0, 0 };
	} else if (ax == 0 || (ay == __builtin_inf() && ax != __builtin_inf())) {
		r = (dd){ PIO2_HI, PIO2_LO };
	} else if (ax == __builtin_inf()) {
		r = xneg ? (dd){ 0x1.2d97c7f3321d2p+1, 0x1.a79394c9e8a0ap-54 }
		         : (dd){ 0x1.921fb54442d18p-1, 0x1.1a62633145c07p-55 };
	} else if (ey - ex > 60) {
		r = (dd){ PIO2_HI, PIO2_LO };
	} else if (ex - ey > 60) {
		/* |y/x| < 2^-59: the angle is y/x, or pi less it. */
		double q = ay / ax;
		r = xneg ? (dd){ PI_HI, PI_LO - q } : (dd){ q, 0 };
	} else {
		double s = ex > 0x7ff - 100 || ey > 0x7ff - 100 ? 0x1p-600 : 0x1p600;
		r = atan2_core(ax * s, ay * s, xneg);
	}
	return r;
}

/* 1 - a^2 for 0 <= a <= 1 as a double-double: (1 - a)(1 + a) from 1/2
   on, where 1 - a is exact, and 1 less the exact square below. */
LIBM_INLINE dd one_minus_sq(double a)
{
	if (a >= 0.5)
		return dd_mul((dd){ 1 - a, 0 }, two_sum(1, a));
	dd s = two_sqr(a);
	return dd_add_d((dd){ -s.hi, -s.lo }, 1.0);
}

/* asin(a) = atan(a / sqrt(1 - a^2)) for 0 <= a < 1, the quotient in
   double-double, so that no step rounds at the result's scale. */
LIBM_INLINE dd asin_dd(double a)
{
	return __atan_dd(dd_div((dd){ a, 0 }, dd_sqrt(one_minus_sq(a))));
}

/* acos(x) = atan(sqrt(1 - x^2) / x) for |x| <= 1, reflected as pi - atan
   for x < 0, in double-double: no cancellation near x = 1, where the
   result is small. */
LIBM_INLINE dd acos_dd(double x)
{
	double a = __builtin_fabs(x);
	if (a < 0x1p-60)
		return (dd){ PIO2_HI, PIO2_LO - x };
	dd d = one_minus_sq(a);
	dd r = d.hi == 0 ? (dd){ 0, 0 }
	                 : __atan_dd(dd_div(dd_sqrt(d), (dd){ a, 0 }));
	if (x < 0) {
		dd s = two_sum(PI_HI, -r.hi);
		r = fast_two_sum(s.hi, s.lo + PI_LO - r.lo);
	}
	return r;
}

#endif
