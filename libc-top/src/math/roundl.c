#include "libm_ld.h"

long double roundl(long double x)
{
	return ld_round_int(x, 3);
}
