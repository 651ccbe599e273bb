#include "libm.h"

double frexp(double x, int *e)
{
	uint64_t u = asuint64(x);
	int ex = u >> 52 & 0x7ff;
	if (ex == 0x7ff || (u << 1) == 0) {
		*e = 0;
		return x;
	}
	if (ex == 0) {
		x *= 0x1p64;
		u = asuint64(x);
		ex = (u >> 52 & 0x7ff) - 64;
	}
	*e = ex - 1022;
	return asdouble((u & 0x800fffffffffffff) | 0x3fe0000000000000);
}
