#include "libm_narrow.h"

/* C23 7.12.14: the square root of x, rounded once to float. */
float fsqrt(double x)
{
	return narrowl_f(sqrt_odd(x));
}
