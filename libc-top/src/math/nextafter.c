#include "libm.h"

/* A result that overflows, or is subnormal or zero, is a range error
   (C17 7.12.11.3). */
double nextafter(double x, double y)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (x == y)
		return y;
	uint64_t u = asuint64(x);
	if (x == 0)
		u = (asuint64(y) & 0x8000000000000000) | 1;
	else if ((x < y) == (x > 0))
		u++;
	else
		u--;
	double r = asdouble(u);
	if (__builtin_isinf(r) || __builtin_fabs(r) < DBL_MIN)
		errno = ERANGE;
	return r;
}
