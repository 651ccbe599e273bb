#include "libm_ld.h"

/* C23 7.12.11.7: every encoding of an IEEE binary format is canonical;
   a signaling NaN becomes quiet (with its payload), as an operation on it
   would make it. */
int canonicalizel(long double *cx, const long double *x)
{
	u128 u = asu128(*x);
	if (__builtin_isnan(*x))
		u |= (u128)1 << 111;
	*cx = asldouble(u);
	return 0;
}
