#include "libm_ldfun.h"

/* A polynomial below 1/2; 1 - erfc(|x|) above, where erfc < 0.48 loses no
   accuracy in the difference; erfc(x) < 2^-114 from 9 on. */
long double erfl(long double x)
{
	long double a = fabsl(x), r;
	if (__builtin_isnan(x))
		return x + x;
	if (a < 0.5L)
		return __erfl_poly(x);
	r = a < 9 ? 1 - __erfcl_pos(a) : 1;
	return x < 0 ? -r : r;
}
