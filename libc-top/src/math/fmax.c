#include "libm.h"

/* C17 7.12.12.2 and F.10.9.2: a NaN argument is treated as missing data.
   WebAssembly's f64.max propagates NaN instead, so it is not used. Zeros
   are ordered -0 < +0. */
double fmax(double x, double y)
{
	if (__builtin_isnan(x))
		return y;
	if (__builtin_isnan(y))
		return x;
	if (__builtin_signbit(x) != __builtin_signbit(y))
		return __builtin_signbit(x) ? y : x;
	return x > y ? x : y;
}
