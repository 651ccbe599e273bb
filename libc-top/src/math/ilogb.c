#include <limits.h>
#include "libm.h"

/* Zero, infinity and NaN have no exponent: a domain error (C17 7.12.6.5). */
int ilogb(double x)
{
	uint64_t u = asuint64(x);
	int e = u >> 52 & 0x7ff;
	if (e == 0x7ff) {
		errno = EDOM;
		return (u << 12) ? FP_ILOGBNAN : INT_MAX;
	}
	if (e == 0) {
		if ((u << 1) == 0) {
			errno = EDOM;
			return FP_ILOGB0;
		}
		return -1023 - (__builtin_clzll(u << 12));
	}
	return e - 1023;
}
