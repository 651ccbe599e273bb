#include "libm.h"

/* As fmax: a NaN argument is ignored and -0 < +0. */
long double fminl(long double x, long double y)
{
	if (__builtin_isnan(x))
		return y;
	if (__builtin_isnan(y))
		return x;
	if (__builtin_signbit(x) != __builtin_signbit(y))
		return __builtin_signbit(x) ? x : y;
	return x < y ? x : y;
}
