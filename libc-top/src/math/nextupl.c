#include "libm_ld.h"

long double nextupl(long double x)
{
	u128 u = asu128(x);
	if (__builtin_isnan(x) || u == LD_INF)
		return x + x;
	if ((u << 1) == 0)
		return asldouble(1);
	return asldouble(u >> 127 ? u - 1 : u + 1);
}
