#include "libm_ldfun.h"

/* 1 - erf(x) for |x| < 1/2, where erf(x) < 0.53 keeps the difference
   accurate; 2 - erfc(-x) on the negative side (erfc(9) < 2^-113); beyond
   107 the result is below the least subnormal. */
long double erfcl(long double x)
{
	if (__builtin_isnan(x))
		return x + x;
	if (x < 0.5L && x > -0.5L)
		return 1 - __erfl_poly(x);
	if (x < 0)
		return x < -9 ? 2.0L : 2 - __erfcl_pos(-x);
	if (x > 107)
		return x == __builtin_infl() ? 0.0L : __math_erangel(0.0L);
	long double r = __erfcl_pos(x);
	return r == 0 ? __math_erangel(r) : r;
}
