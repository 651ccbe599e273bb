#include "libm.h"

float scalbf(float x, float n)
{
	if (__builtin_isnan(x) || __builtin_isnan(n))
		return x * n;
	if (__builtin_isinf(n)) {
		if (n > 0 ? x == 0 : __builtin_isinf(x))
			return __math_edomf(__builtin_nanf(""));
		return n > 0 ? x * n : x / -n;
	}
	if (__builtin_rintf(n) != n)
		return __math_edomf(__builtin_nanf(""));
	if (n > 65000)
		return scalbnf(x, 65000);
	if (n < -65000)
		return scalbnf(x, -65000);
	return scalbnf(x, (int)n);
}
