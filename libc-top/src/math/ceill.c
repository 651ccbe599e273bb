#include "libm_ld.h"

long double ceill(long double x)
{
	return ld_round_int(x, 2);
}
