#include "libm_ld.h"

long double roundevenl(long double x)
{
	return ld_round_int(x, 4);
}
