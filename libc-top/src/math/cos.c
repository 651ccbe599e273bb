#include "libm_trig.h"

double cos(double x)
{
	double ax = __builtin_fabs(x);
	if (ax <= 0x1.921fb54442d18p-1) {
		if (ax < 0x1p-27)
			return 1.0;
		dd v = cos_kernel((dd){ x, 0 });
		return v.hi + v.lo;
	}
	if (__builtin_isinf(x))
		return __math_edom(x - x);
	dd r, v;
	int n = rem_pio2(x, &r);
	v = n & 1 ? sin_kernel(r) : cos_kernel(r);
	double y = v.hi + v.lo;
	return (n + 1) & 2 ? -y : y;
}
