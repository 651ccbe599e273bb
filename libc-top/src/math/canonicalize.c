#include "libm.h"

/* C23 7.12.11.7: every encoding of an IEEE binary format is canonical;
   a signaling NaN becomes quiet (with its payload), as an operation on it
   would make it. */
int canonicalize(double *cx, const double *x)
{
	uint64_t u = asuint64(*x);
	if (__builtin_isnan(*x))
		u |= (uint64_t)1 << 51;
	*cx = asdouble(u);
	return 0;
}
