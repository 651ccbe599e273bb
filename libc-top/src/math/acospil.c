#include "libm_ldfun.h"

/* acos(x)/pi: acosl's result times 1/pi, 1 exactly at x = -1. */
long double acospil(long double x)
{
	if (!(fabsl(x) <= 1)) {
		if (__builtin_isnan(x))
			return x + x;
		return __math_edoml(__builtin_nanl(""));
	}
	if (x == -1)
		return 1.0L;
	return acosl(x) * LDL_INVPI;
}
