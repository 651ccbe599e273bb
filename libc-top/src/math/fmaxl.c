#include "libm.h"

/* C17 7.12.12.2 and F.10.9.2: a NaN argument is treated as missing data.
   Zeros are ordered -0 < +0. */
long double fmaxl(long double x, long double y)
{
	if (__builtin_isnan(x))
		return y;
	if (__builtin_isnan(y))
		return x;
	if (__builtin_signbit(x) != __builtin_signbit(y))
		return __builtin_signbit(x) ? y : x;
	return x > y ? x : y;
}
