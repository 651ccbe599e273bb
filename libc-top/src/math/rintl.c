#include "libm_ld.h"

long double rintl(long double x)
{
	return ld_round_int(x, 4);
}
