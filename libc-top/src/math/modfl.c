#include "libm_ld.h"

long double modfl(long double x, long double *ip)
{
	long double t = ld_round_int(x, 0);
	*ip = t;
	u128 u = asu128(x);
	if (LD_EXPBITS(u) == 0x7fff && !(u & LD_FRAC))
		return asldouble(u & LD_SIGN);
	if (t == x)
		return asldouble(u & LD_SIGN) + (x - x);
	return x - t;
}
