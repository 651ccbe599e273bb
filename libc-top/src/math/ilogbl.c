#include <limits.h>
#include "libm_ld.h"

int ilogbl(long double x)
{
	u128 u = asu128(x);
	int be = LD_EXPBITS(u);
	if (be == 0x7fff) {
		errno = EDOM;
		return (u & LD_FRAC) ? FP_ILOGBNAN : INT_MAX;
	}
	if ((u << 1) == 0) {
		errno = EDOM;
		return FP_ILOGB0;
	}
	int e;
	ld_unpack(u, &e);
	return e + 112;
}
