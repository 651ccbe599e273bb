#include "libm_log.h"

/* log(x) = t + log1p(r) with t exact (libm_log.h); only the final addition
   rounds at the scale of the result, the rest is far below it. */
double log(double x)
{
	uint64_t ix = asuint64(x);
	if (ix - 0x0010000000000000 >= 0x7ff0000000000000 - 0x0010000000000000) {
		/* Zero, subnormal, negative, infinite or NaN. */
		if ((ix << 1) == 0)
			return __math_erange(-__builtin_inf());
		if (__builtin_isnan(x) || x == __builtin_inf())
			return x + x;
		if (ix >> 63)
			return __math_edom(__builtin_nan(""));
	}
	double t, tl;
	dd r;
	log_reduce(x, &t, &tl, &r);
	dd s = two_sum(t, r.hi);
	double lo = s.lo + (r.lo + tl) - 0.5 * (r.hi * r.hi) + log_poly(r.hi);
	return s.hi + lo;
}
