#include "libm_ld.h"

long double frexpl(long double x, int *e)
{
	u128 u = asu128(x);
	int be = LD_EXPBITS(u);
	if (be == 0x7fff || (u << 1) == 0) {
		*e = 0;
		return x;
	}
	int ex;
	u128 m = ld_unpack(u, &ex);
	*e = ex + 113;
	return asldouble((u & LD_SIGN) | ((u128)0x3ffe << 112) | (m & LD_FRAC));
}
