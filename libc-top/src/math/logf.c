#include "libm_log.h"

/* In double: x = 2^e m, log(x) = e ln2 - log(c) + log1p(m c - 1) with the
   table of libm_log.h; m c - 1 is exact (24 + 18 bits) and a degree-5
   series leaves a relative error below 2^-45 before the rounding to float. */
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
	}
	uint64_t iz = asuint64((double)x);
	uint64_t tmp = iz - LOG_OFF;
	int i = tmp >> 45 & 127;
	int e = (int)((int64_t)tmp >> 52);
	double m = asdouble(iz - (tmp & 0xfff0000000000000));
	const double *T = __log_tab + 3 * i;
	double r = m * T[0] - 1.0;
	double r2 = r * r;
	double p = r - 0.5 * r2 + r2 * r * (0x1.5555555555555p-2 - 0.25 * r + 0.2 * r2);
	return (float)(e * 0x1.62e42fefa39efp-1 + T[1] + p);
}
