#include "libm.h"

/* x * 2^n rounded once. A subnormal result is produced by a single
   multiplication of an exactly scaled normal number, so there is no double
   rounding. Overflow and an inexact tiny result are range errors. */
double scalbn(double x, int n)
{
	uint64_t u = asuint64(x);
	int ex = u >> 52 & 0x7ff;
	if (ex == 0x7ff || (u << 1) == 0)
		return x;
	if (ex == 0) {
		x *= 0x1p64;
		u = asuint64(x);
		ex = (u >> 52 & 0x7ff) - 64;
	}
	if (n > 2200)
		n = 2200;
	if (n < -2200)
		n = -2200;
	int e = ex + n;
	uint64_t sig = u & 0x800fffffffffffff;
	if (e >= 0x7ff)
		return __math_erange(__builtin_copysign(0x1p1023, x) * 0x1p1023);
	if (e > 0)
		return asdouble(sig | (uint64_t)e << 52);
	if (e < -60)
		return __math_erange(__builtin_copysign(0x1p-1074, x) * 0x1p-60);
	double t = asdouble(sig | (uint64_t)(e + 1000) << 52);
	double y = t * 0x1p-1000;
	if (y * 0x1p1000 != t)
		errno = ERANGE;
	return y;
}
