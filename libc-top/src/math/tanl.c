#include "libm_ldfun.h"

/* sin/cos of the reduced argument, or -cos/sin in odd quadrants. */
long double tanl(long double x)
{
	long double h = x, l = 0;
	int n = 0;
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : __math_edoml(x - x);
	if (fabsl(x) > 0x1.921fb54442d18469898cc51701b8p-1L)
		n = __rem_pio2l(x, &h, &l);
	else if (fabsl(x) < 0x1p-57L)
		return x;
	long double s = ldl_sin(h, l), c = ldl_cos(h, l);
	return n & 1 ? -c / s : s / c;
}
