#include "libm.h"

/* C23 F.10.13.1: the payload of a NaN, the significand bits below the
   quiet bit, as a number; -1 when *x is not a NaN. */
double getpayload(const double *x)
{
	if (!__builtin_isnan(*x))
		return -1;
	return (double)(asuint64(*x) & (((uint64_t)1 << 51) - 1));
}
