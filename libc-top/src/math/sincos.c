#include "libm_trig.h"

void sincos(double x, double *s, double *c)
{
	double ax = __builtin_fabs(x);
	dd r = { x, 0 };
	int n = 0;
	if (ax > 0x1.921fb54442d18p-1) {
		if (__builtin_isinf(x)) {
			*s = *c = __math_edom(x - x);
			return;
		}
		n = rem_pio2(x, &r);
	} else if (ax < 0x1p-27) {
		*s = x;
		*c = 1.0;
		return;
	}
	dd vs = sin_kernel(r), vc = cos_kernel(r);
	double ys = vs.hi + vs.lo, yc = vc.hi + vc.lo;
	switch (n) {
	case 0: *s = ys; *c = yc; break;
	case 1: *s = yc; *c = -ys; break;
	case 2: *s = -ys; *c = -yc; break;
	default: *s = -yc; *c = ys; break;
	}
}
