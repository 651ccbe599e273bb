#include "libm_ld.h"

/* C23 F.10.13.2: *res becomes the positive quiet NaN with payload pl, a
   non-negative integer below 2^111; any other pl stores +0 and returns
   nonzero. */
int setpayloadl(long double *res, long double pl)
{
	return __setpayloadl(res, pl, (u128)1 << 111);
}
