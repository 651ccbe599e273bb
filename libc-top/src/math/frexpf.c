#include "libm.h"

float frexpf(float x, int *e)
{
	uint32_t u = asuint(x);
	int ex = u >> 23 & 0xff;
	if (ex == 0xff || (u << 1) == 0) {
		*e = 0;
		return x;
	}
	if (ex == 0) {
		x *= 0x1p32f;
		u = asuint(x);
		ex = (u >> 23 & 0xff) - 32;
	}
	*e = ex - 126;
	return asfloat((u & 0x807fffff) | 0x3f000000);
}
