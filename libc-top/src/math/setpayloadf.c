#include "libm.h"

/* C23 F.10.13.2: *res becomes the positive quiet NaN with payload pl, a
   non-negative integer below 2^22; any other pl stores +0 and returns
   nonzero. */
int setpayloadf(float *res, float pl)
{
	return __setpayloadf(res, pl, (uint32_t)1 << 22);
}
