#include "libm_ldfun.h"

long double cosl(long double x)
{
	if (fabsl(x) <= 0x1.921fb54442d18469898cc51701b8p-1L) {
		if (fabsl(x) < 0x1p-58L)
			return 1.0L;
		return ldl_cos(x, 0);
	}
	if (!__builtin_isfinite(x))
		return __builtin_isnan(x) ? x + x : __math_edoml(x - x);
	long double h, l;
	int n = __rem_pio2l(x, &h, &l);
	long double y = n & 1 ? ldl_sin(h, l) : ldl_cos(h, l);
	return (n + 1) & 2 ? -y : y;
}
