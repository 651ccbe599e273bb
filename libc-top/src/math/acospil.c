#include "libm_ldfun.h"

/* acos(x)/pi: acosl's head and tail divided by pi, rounded once; 1
   exactly at x = -1. */
long double acospil(long double x)
{
	if (!(fabsl(x) <= 1)) {
		if (__builtin_isnan(x))
			return x + x;
		return __math_edoml(__builtin_nanl(""));
	}
	if (x == -1)
		return 1.0L;
	long double lo, hi = __acosl_dd(x, &lo);
	return ldl_div_pi(hi, lo);
}
