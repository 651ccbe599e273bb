#include "libm_atan.h"

/* atan2(y, x)/pi (C23 7.12.4.10): the angle of atan2 as a double-double
   times 1/pi as one; the special cases follow from atan2's (F.10.1.10),
   the multiples of pi coming out exact. An angle below 2^-58 is |y/x| to
   2^-116 (atan2 rounds it), which is formed again from the significands
   of x and y as a double-double, so that it rounds once, also where it is
   subnormal. */
double atan2pi(double y, double x)
{
	dd r = atan2_abs(y, x);
	double v;
	if (r.hi > 0 && r.hi < 0x1p-58) {
		int ex, ey;
		double mx = __builtin_frexp(__builtin_fabs(x), &ex);
		double my = __builtin_frexp(__builtin_fabs(y), &ey);
		v = __dd_ldexp(dd_mul(dd_div((dd){ my, 0 }, (dd){ mx, 0 }),
		                      (dd){ INVPI_HI, INVPI_LO }), ey - ex);
	} else {
		v = dd_mul(r, (dd){ INVPI_HI, INVPI_LO }).hi;
	}
	return asuint64(y) >> 63 ? -v : v;
}
