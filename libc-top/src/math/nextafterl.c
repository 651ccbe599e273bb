#include "libm_ld.h"

long double nextafterl(long double x, long double y)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (x == y)
		return y;
	u128 u = asu128(x);
	if (x == 0)
		u = (asu128(y) & LD_SIGN) | 1;
	else if ((x < y) == (x > 0))
		u++;
	else
		u--;
	int be = LD_EXPBITS(u);
	if (be == 0x7fff || be == 0)
		errno = ERANGE;
	return asldouble(u);
}
