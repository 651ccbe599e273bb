#include "libm_narrow.h"

/* C23 7.12.14: x * y, rounded once to double. */
double dmull(long double x, long double y)
{
	return narrowl_d(fma_odd(x, y, -0.0L));
}
