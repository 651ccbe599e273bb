#include "libm_ld.h"

/* *res = the positive NaN whose significand is pl plus the bit quiet, if
   pl is a valid payload (setpayloadl.c); +0 and nonzero otherwise. */
int __setpayloadl(long double *res, long double pl, u128 quiet)
{
	if (__builtin_signbit(pl) || !(pl < ((u128)1 << 111)) || pl != __builtin_truncl(pl)) {
		*res = 0;
		return 1;
	}
	*res = asldouble(LD_INF | quiet | (u128)pl);
	return 0;
}
