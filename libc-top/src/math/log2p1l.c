#include "libm_ldfun.h"

/* log2(1 + x): log1p as a head and tail times 1/ln2 as one. */
long double log2p1l(long double x)
{
	return ldl_log1p_times(x, LDL_LOG2E, LDL_LOG2E_LO);
}
