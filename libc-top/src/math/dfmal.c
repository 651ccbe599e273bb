#include "libm_narrow.h"

/* C23 7.12.14: x * y + z, rounded once to double. */
double dfmal(long double x, long double y, long double z)
{
	return narrowl_d(fma_odd(x, y, z));
}
