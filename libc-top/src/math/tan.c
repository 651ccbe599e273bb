#include "libm_trig.h"

/* tan(r) = sin(r)/cos(r), or -cos(r)/sin(r) in odd quadrants, as a
   double-double quotient of the double-double kernels. */
double tan(double x)
{
	double ax = __builtin_fabs(x);
	dd r = { x, 0 };
	int n = 0;
	if (ax > 0x1.921fb54442d18p-1) {
		if (__builtin_isinf(x))
			return __math_edom(x - x);
		if (__builtin_isnan(x))
			return x + x;
		n = rem_pio2(x, &r);
	} else if (ax < 0x1p-27) {
		return x;
	}
	dd s = sin_kernel(r), c = cos_kernel(r);
	s = fast_two_sum(s.hi, s.lo);
	c = fast_two_sum(c.hi, c.lo);
	dd q = n & 1 ? dd_div(c, s) : dd_div(s, c);
	double y = q.hi + q.lo;
	return n & 1 ? -y : y;
}
