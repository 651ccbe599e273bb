#include "libm.h"

#define PI_HI 0x1.921fb54442d18p+1
#define PI_LO 0x1.1a62633145c07p-53
#define PIO2_HI 0x1.921fb54442d18p+0
#define PIO2_LO 0x1.1a62633145c07p-54

/* The angle is atan(|y|/|x|) or pi/2 - atan(|x|/|y|), reflected to the
   quadrant; the quotient is a double-double so that it adds no error of
   its own. Special cases as C17 F.10.1.4. */
double atan2(double y, double x)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
	int xneg = __builtin_signbit(x);
	dd r;
	if (ay == 0 || (ax == __builtin_inf() && ay != __builtin_inf())) {
		r = xneg ? (dd){ PI_HI, PI_LO } : (dd){ 0, 0 };
	} else if (ax == 0 || (ay == __builtin_inf() && ax != __builtin_inf())) {
		r = (dd){ PIO2_HI, PIO2_LO };
	} else if (ax == __builtin_inf()) {
		r = xneg ? (dd){ 0x1.2d97c7f3321d2p+1, 0x1.a79394c9e8a0ap-54 }
		         : (dd){ 0x1.921fb54442d18p-1, 0x1.1a62633145c07p-55 };
	} else {
		int ex = asuint64(ax) >> 52, ey = asuint64(ay) >> 52;
		if (ey - ex > 60) {
			r = (dd){ PIO2_HI, PIO2_LO };
		} else if (ex - ey > 60) {
			/* |y/x| < 2^-59: the angle is y/x, or pi less it. */
			double q = ay / ax;
			r = xneg ? (dd){ PI_HI, PI_LO - q } : (dd){ q, 0 };
			double v = r.hi + r.lo;
			return y < 0 ? -v : v;
		} else {
			if (ex > 0x7ff - 100 || ey > 0x7ff - 100) {
				ax *= 0x1p-600;
				ay *= 0x1p-600;
			} else if (ex < 100 || ey < 100) {
				ax *= 0x1p600;
				ay *= 0x1p600;
			}
			int swap = ay > ax;
			double n = swap ? ax : ay, d = swap ? ay : ax;
			double q = n / d;
			dd p = two_prod(q, d);
			dd t = __atan_dd((dd){ q, ((n - p.hi) - p.lo) / d });
			if (swap) {
				dd s = two_sum(PIO2_HI, -t.hi);
				r = fast_two_sum(s.hi, s.lo + PIO2_LO - t.lo);
			} else {
				r = t;
			}
			if (xneg) {
				dd s = two_sum(PI_HI, -r.hi);
				r = fast_two_sum(s.hi, s.lo + PI_LO - r.lo);
			}
		}
	}
	double v = r.hi + r.lo;
	return y < 0 || (y == 0 && __builtin_signbit(y)) ? -v : v;
}
