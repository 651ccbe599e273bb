#include "libm_atan.h"

#define PI_HI 0x1.921fb54442d18p+1
#define PI_LO 0x1.1a62633145c07p-53
#define PIO2_HI 0x1.921fb54442d18p+0
#define PIO2_LO 0x1.1a62633145c07p-54

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

double atan2(double y, double x)
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
		return x + y;
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
	double v = r.hi + r.lo;
	return iy >> 63 ? -v : v;
}
