#include "libm_ldfun.h"

void sincosl(long double x, long double *s, long double *c)
{
	long double h = x, l = 0;
	int n = 0;
	if (!__builtin_isfinite(x)) {
		*s = *c = __builtin_isnan(x) ? x + x : __math_edoml(x - x);
		return;
	}
	if (fabsl(x) > 0x1.921fb54442d18469898cc51701b8p-1L)
		n = __rem_pio2l(x, &h, &l);
	long double ys = ldl_sin(h, l), yc = ldl_cos(h, l);
	switch (n) {
	case 0: *s = ys; *c = yc; break;
	case 1: *s = yc; *c = -ys; break;
	case 2: *s = -ys; *c = -yc; break;
	default: *s = -yc; *c = ys; break;
	}
}
