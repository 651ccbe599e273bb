#include "libm_log.h"

/* In double: x = 2^e m, log(x) = e ln2 - log(c) + log1p(m c - 1) with the
   table of libm_log.h; m c - 1 is exact (24 + 18 bits) and a degree-4
   series leaves a relative error below 2^-34 before the rounding to float. */
float logf(float x)
{
	uint32_t ix = asuint(x);
	if (ix - 0x00800000 >= 0x7f800000 - 0x00800000) {
		if ((ix << 1) == 0)
			return __math_erangef(-__builtin_inff());
		if (__builtin_isnan(x) || x == __builtin_inff())
			return x + x;
		if (ix >> 31)
			return __math_edomf(__builtin_nanf(""));
		/* Subnormal: scaled to normal, the exponent field lowered by
		   23 (wrapping below zero, which logf_lookup absorbs). */
		ix = asuint(x * 0x1p23f) - (23u << 23);
	}
	int e;
	double r;
	const double *T = logf_lookup(ix, &e, &r);
	double r2 = r * r;
	double p = (-0.25 * r2 + (0x1.5555555555555p-2 * r - 0.5)) * r2;
	return (float)(p + (e * 0x1.62e42fefa39efp-1 + T[1] + r));
}
