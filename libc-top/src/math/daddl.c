#include "libm_narrow.h"

/* C23 7.12.14: x + y, rounded once to double. */
double daddl(long double x, long double y)
{
	return narrowl_d(sum_odd(x, y));
}
