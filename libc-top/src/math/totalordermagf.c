#include "libm.h"

/* C23 F.10.12.2: totalorder of |*x| and |*y|. */
int totalordermagf(const float *x, const float *y)
{
	uint32_t mask = ((uint32_t)1 << 31) - 1;
	return (asuint(*x) & mask) <= (asuint(*y) & mask);
}
