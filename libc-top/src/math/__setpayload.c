#include "libm.h"

/* *res = the positive NaN whose significand is pl plus the bit quiet, if
   pl is a valid payload (setpayload.c); +0 and nonzero otherwise. */
int __setpayload(double *res, double pl, uint64_t quiet)
{
	if (__builtin_signbit(pl) || !(pl < ((uint64_t)1 << 51)) || pl != __builtin_trunc(pl)) {
		*res = 0;
		return 1;
	}
	*res = asdouble(0x7ff0000000000000 | quiet | (uint64_t)pl);
	return 0;
}
