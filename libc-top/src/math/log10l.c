#include "libm_ldfun.h"

long double log10l(long double x)
{
	if (x == 0)
		return __math_erangel(-__builtin_infl());
	if (!(x > 0) || x == __builtin_infl()) {
		if (__builtin_isnan(x) || x > 0)
			return x + x;
		return __math_edoml(__builtin_nanl(""));
	}
	long double lo;
	long double hi = ldl_log_kernel(x, &lo);
	long double p = hi * LDL_LOG10E;
	return p + (fmal(hi, LDL_LOG10E, -p) + lo * LDL_LOG10E
	            + hi * -0x1.1e6e08e5cfedd1b2efee2e0695d8p-116L);
}
