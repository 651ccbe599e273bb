#include "libm.h"

/* With |x| = 2^(3q) m, m in [1, 8): an estimate of cbrt(m) from the bits,
   four Newton steps to about 2^-52, then one more step whose residual
   m - y^3 is computed exactly in double-double, so that the final sum is
   the only rounding at the result's scale. */
double cbrt(double x)
{
	uint64_t ix = asuint64(x);
	uint64_t sign = ix & 0x8000000000000000;
	ix ^= sign;
	if (ix == 0 || ix >= 0x7ff0000000000000)
		return x + x;
	int adj = 0;
	if (ix < 0x0010000000000000) {
		ix = asuint64(asdouble(ix) * 0x1p54);
		adj = 18;
	}
	int e = (int)(ix >> 52) - 0x3ff;
	int q = (e + 3 * 400) / 3 - 400;
	double m = asdouble((ix & 0x000fffffffffffff) | (uint64_t)(0x3ff + e - 3 * q) << 52);
	double y = asdouble(0x3ff0000000000000 + (asuint64(m) - 0x3ff0000000000000) / 3);
	for (int i = 0; i < 4; i++)
		y = y - (y * y * y - m) / (3 * y * y);
	dd y2 = two_sqr(y);
	dd y3 = dd_mul_d(y2, y);
	double res = ((m - y3.hi) - y3.lo) / (3 * y2.hi);
	double r = (y + res) * asdouble((uint64_t)(0x3ff + q - adj) << 52);
	return asdouble(asuint64(r) | sign);
}
