#include "libm_log.h"

/* log2(1 + x) (C23 7.12.6): log1p_dd's double-double times 1/ln2 as one,
   rounded once. */
double log2p1(double x)
{
	return log1p_times(x, (dd){ 0x1.71547652b82fep+0, 0x1.777d0ffda0d24p-56 });
}
