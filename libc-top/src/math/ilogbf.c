#include <limits.h>
#include "libm.h"

int ilogbf(float x)
{
	uint32_t u = asuint(x);
	int e = u >> 23 & 0xff;
	if (e == 0xff) {
		errno = EDOM;
		return (u << 9) ? FP_ILOGBNAN : INT_MAX;
	}
	if (e == 0) {
		if ((u << 1) == 0) {
			errno = EDOM;
			return FP_ILOGB0;
		}
		return -127 - (__builtin_clz(u << 9));
	}
	return e - 127;
}
