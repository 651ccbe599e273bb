#include "libm_ldfun.h"

/* asin(x)/pi: asinl's result times 1/pi. */
long double asinpil(long double x)
{
	long double a = fabsl(x);
	if (!(a < 1)) {
		if (a == 1)
			return __builtin_copysignl(0.5L, x);
		if (__builtin_isnan(x))
			return x + x;
		return __math_edoml(__builtin_nanl(""));
	}
	if (a < 0x1p-60L)
		return ldl_mul_tiny(x, LDL_INVPI);
	return asinl(x) * LDL_INVPI;
}
