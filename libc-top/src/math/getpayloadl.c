#include "libm_ld.h"

/* C23 F.10.13.1: the payload of a NaN, the significand bits below the
   quiet bit, as a number; -1 when *x is not a NaN. */
long double getpayloadl(const long double *x)
{
	if (!__builtin_isnan(*x))
		return -1;
	return (long double)(asu128(*x) & (((u128)1 << 111) - 1));
}
