#include "libm.h"

/* *res = the positive NaN whose significand is pl plus the bit quiet, if
   pl is a valid payload (setpayloadf.c); +0 and nonzero otherwise. */
int __setpayloadf(float *res, float pl, uint32_t quiet)
{
	if (__builtin_signbit(pl) || !(pl < ((uint32_t)1 << 22)) || pl != __builtin_truncf(pl)) {
		*res = 0;
		return 1;
	}
	*res = asfloat(0x7f800000 | quiet | (uint32_t)pl);
	return 0;
}
