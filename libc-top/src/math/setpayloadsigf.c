#include "libm.h"

/* C23 F.10.13.3: as setpayload for a signaling NaN, whose payload cannot
   be 0 (that encoding is infinity). */
int setpayloadsigf(float *res, float pl)
{
	if (pl == 0) {
		*res = 0;
		return 1;
	}
	return __setpayloadf(res, pl, 0);
}
