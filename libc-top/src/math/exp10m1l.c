#include "libm_ldfun.h"

/* 10^x - 1 = expm1(x ln10), x ln10 as a head and tail. */
long double exp10m1l(long double x)
{
	return ldl_expm1_times(x, LDL_LN10, LDL_LN10_LO, 4933, -40);
}
