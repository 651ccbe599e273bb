#include "libm_ldfun.h"

/* log(x)/ln2 from the kernel's head and tail; exact at powers of two. */
long double log2l(long double x)
{
	if (x == 0)
		return __math_erangel(-__builtin_infl());
	if (!(x > 0) || x == __builtin_infl()) {
		if (__builtin_isnan(x) || x > 0)
			return x + x;
		return __math_edoml(__builtin_nanl(""));
	}
	u128 u = asu128(x);
	if ((u & LD_FRAC) == 0 && LD_EXPBITS(u) != 0)
		return LD_EXPBITS(u) - 16383;
	long double lo;
	long double hi = ldl_log_kernel(x, &lo);
	long double p = hi * LDL_LOG2E;
	return p + (fmal(hi, LDL_LOG2E, -p) + lo * LDL_LOG2E
	            + hi * 0x1.f4475abbd546eb4ad2c45928b367p-114L);
}
