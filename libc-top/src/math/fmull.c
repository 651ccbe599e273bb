#include "libm_narrow.h"

/* C23 7.12.14: x * y, rounded once to float. */
float fmull(long double x, long double y)
{
	return narrowl_f(fma_odd(x, y, -0.0L));
}
