#include "libm.h"

float nextupf(float x)
{
	uint32_t u = asuint(x);
	if (__builtin_isnan(x) || u == 0x7f800000)
		return x + x;
	if ((u << 1) == 0)
		return 0x1p-149f;
	return asfloat(u >> 31 ? u - 1 : u + 1);
}
