#include "libm.h"

/* C23 7.12.12.5: NaN propagates and -0 < +0. */
long double fminimuml(long double x, long double y)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (__builtin_signbit(x) != __builtin_signbit(y))
		return __builtin_signbit(x) ? x : y;
	return x < y ? x : y;
}
