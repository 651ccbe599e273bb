#include "libm_ld.h"

long double truncl(long double x)
{
	return ld_round_int(x, 0);
}
