#include "libm_ldfun.h"

/* tanh(a) = e/(e + 2), e = expm1(2a). */
long double tanhl(long double x)
{
	long double a = fabsl(x), r;
	if (__builtin_isnan(x))
		return x + x;
	if (a < 0x1p-57L)
		return x;
	if (a > 40) {
		r = 1;
	} else {
		long double e = expm1l(2 * a);
		r = e / (e + 2);
	}
	return x < 0 ? -r : r;
}
