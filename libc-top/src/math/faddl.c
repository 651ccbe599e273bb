#include "libm_narrow.h"

/* C23 7.12.14: x + y, rounded once to float. */
float faddl(long double x, long double y)
{
	return narrowl_f(sum_odd(x, y));
}
