#include "libm_ld.h"

long double fmal(long double x, long double y, long double z)
{
	return __fmal(x, y, z, 0);
}
