#include "libm_ld.h"

long double logbl(long double x)
{
	u128 u = asu128(x);
	if (LD_EXPBITS(u) == 0x7fff)
		return x * x;
	if ((u << 1) == 0)
		return __math_erangel(-__builtin_infl());
	return ilogbl(x);
}
