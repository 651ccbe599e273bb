#include "libm_narrow.h"

/* C23 7.12.14: x / y, rounded once to float. */
float fdivl(long double x, long double y)
{
	return narrowl_f(quotient_odd(x, y));
}
