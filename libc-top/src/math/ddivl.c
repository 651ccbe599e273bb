#include "libm_narrow.h"

/* C23 7.12.14: x / y, rounded once to double. */
double ddivl(long double x, long double y)
{
	return narrowl_d(quotient_odd(x, y));
}
