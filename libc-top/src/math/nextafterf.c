#include "libm.h"

float nextafterf(float x, float y)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (x == y)
		return y;
	uint32_t u = asuint(x);
	if (x == 0)
		u = (asuint(y) & 0x80000000) | 1;
	else if ((x < y) == (x > 0))
		u++;
	else
		u--;
	float r = asfloat(u);
	if (__builtin_isinf(r) || __builtin_fabsf(r) < FLT_MIN)
		errno = ERANGE;
	return r;
}
