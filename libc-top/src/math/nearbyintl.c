#include "libm_ld.h"

long double nearbyintl(long double x)
{
	return ld_round_int(x, 4);
}
