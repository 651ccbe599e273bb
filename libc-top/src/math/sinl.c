#include "libm_ldfun.h"

long double sinl(long double x)
{
	if (fabsl(x) <= 0x1.921fb54442d18469898cc51701b8p-1L) {
		if (fabsl(x) < 0x1p-57L)
			return x;
		return ldl_sin(x, 0);
	}
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : __math_edoml(x - x);
	long double h, l;
	int n = __rem_pio2l(x, &h, &l);
	long double y = n & 1 ? ldl_cos(h, l) : ldl_sin(h, l);
	return n & 2 ? -y : y;
}
