#include "libm_log.h"

/* log10(1 + x) (C23 7.12.6): log1p_dd's double-double times 1/ln10 as
   one, rounded once. */
double log10p1(double x)
{
	return log1p_times(x, (dd){ 0x1.bcb7b1526e50ep-2, 0x1.95355baaafad3p-57 });
}
