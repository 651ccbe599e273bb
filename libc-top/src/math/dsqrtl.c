#include "libm_narrow.h"

/* C23 7.12.14: the square root of x, rounded once to double. */
double dsqrtl(long double x)
{
	return narrowl_d(sqrt_odd(x));
}
