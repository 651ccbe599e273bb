#include "libm_ldfun.h"

/* log10(1 + x): log1p as a head and tail times 1/ln10 as one. */
long double log10p1l(long double x)
{
	return ldl_log1p_times(x, LDL_LOG10E, LDL_LOG10E_LO);
}
