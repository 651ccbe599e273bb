#include "libm_ldfun.h"

/* A double estimate of the cube root of the scaled significand, then two
   Newton steps in long double. */
long double cbrtl(long double x)
{
	u128 u = asu128(x);
	if ((u << 1) == 0 || LD_EXPBITS(u) == 0x7fff)
		return x + x;
	int e;
	u128 m = ld_unpack(u, &e);
	e += 112;
	int q = (e + 3 * 6000) / 3 - 6000;
	long double s = asldouble((u128)(0x3fff + e - 3 * q) << 112 | (m & LD_FRAC));
	long double y = cbrt((double)s);
	for (int i = 0; i < 2; i++)
		y = y - (y * y * y - s) / (3 * y * y);
	y = scalbnl(y, q);
	return u >> 127 ? -y : y;
}
