#include "libm_narrow.h"

/* C23 7.12.14: x * y + z, rounded once to float. */
float ffmal(long double x, long double y, long double z)
{
	return narrowl_f(fma_odd(x, y, z));
}
