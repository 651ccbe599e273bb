#include "libm.h"

/* C23 F.10.13.1: the payload of a NaN, the significand bits below the
   quiet bit, as a number; -1 when *x is not a NaN. */
float getpayloadf(const float *x)
{
	if (!__builtin_isnan(*x))
		return -1;
	return (float)(asuint(*x) & (((uint32_t)1 << 22) - 1));
}
