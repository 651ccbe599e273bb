#include "libm_ldfun.h"

long double atanhl(long double x)
{
	long double a = fabsl(x), r;
	if (!(a < 1)) {
		if (a == 1)
			return __math_erangel(x / 0.0L);
		return __builtin_isnan(x) ? x + x : __math_edoml(__builtin_nanl(""));
	}
	if (a < 0x1p-57L)
		return x;
	if (a < 0.5L)
		r = 0.5L * log1pl(2 * a + 2 * a * a / (1 - a));
	else
		r = 0.5L * log1pl(2 * a / (1 - a));
	return x < 0 ? -r : r;
}
