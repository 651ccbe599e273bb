#include "libm.h"

/* C23 7.12.11.7: every encoding of an IEEE binary format is canonical;
   a signaling NaN becomes quiet (with its payload), as an operation on it
   would make it. */
int canonicalizef(float *cx, const float *x)
{
	uint32_t u = asuint(*x);
	if (__builtin_isnan(*x))
		u |= (uint32_t)1 << 22;
	*cx = asfloat(u);
	return 0;
}
