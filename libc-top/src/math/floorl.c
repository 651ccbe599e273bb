#include "libm_ld.h"

long double floorl(long double x)
{
	return ld_round_int(x, 1);
}
