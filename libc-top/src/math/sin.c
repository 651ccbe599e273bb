#include "libm_trig.h"

/* sin(x) = +-sin(r) or +-cos(r) with x = n pi/2 + r (__rem_pio2). */
double sin(double x)
{
	double ax = __builtin_fabs(x);
	if (ax <= 0x1.921fb54442d18p-1) {
		if (ax < 0x1p-26)
			return x;
		double z = x * x;
		return x + x * z * sin_poly(z);
	}
	if (__builtin_isinf(x))
		return __math_edom(x - x);
	dd r, v;
	int n = rem_pio2(x, &r);
	v = n & 1 ? cos_kernel(r) : sin_kernel(r);
	double y = v.hi + v.lo;
	return n & 2 ? -y : y;
}
