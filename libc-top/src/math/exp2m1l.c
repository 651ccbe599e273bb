#include "libm_ldfun.h"

/* 2^x - 1 = expm1(x ln2), x ln2 as a head and tail. */
long double exp2m1l(long double x)
{
	return ldl_expm1_times(x, LDL_LN2, LDL_LN2_TAIL, 16384, -120);
}
