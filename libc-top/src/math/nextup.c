#include "libm.h"

/* C23 7.12.11.5: no range error, and nextup(-0) is the least subnormal. */
double nextup(double x)
{
	uint64_t u = asuint64(x);
	if (__builtin_isnan(x) || u == 0x7ff0000000000000)
		return x + x;
	if ((u << 1) == 0)
		return 0x1p-1074;
	return asdouble(u >> 63 ? u - 1 : u + 1);
}
