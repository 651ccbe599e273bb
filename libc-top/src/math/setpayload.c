#include "libm.h"

/* C23 F.10.13.2: *res becomes the positive quiet NaN with payload pl, a
   non-negative integer below 2^51; any other pl stores +0 and returns
   nonzero. */
int setpayload(double *res, double pl)
{
	return __setpayload(res, pl, (uint64_t)1 << 51);
}
