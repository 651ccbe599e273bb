#include "libm.h"

/* C23 F.10.12.2: totalorder of |*x| and |*y|. */
int totalordermag(const double *x, const double *y)
{
	uint64_t mask = ((uint64_t)1 << 63) - 1;
	return (asuint64(*x) & mask) <= (asuint64(*y) & mask);
}
