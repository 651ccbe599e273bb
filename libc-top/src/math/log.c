#include "libm_log.h"

/* log(x) = e ln2 - log(c) + log1p(r) with the table of libm_log.h. Away
   from 1 (e != 0) the result exceeds 0.34 in magnitude, so r rounded once
   and a short series are enough (error below 0.51 ulp); within [0.7, 1.42)
   r stays exact as a double-double and only the final addition rounds at
   the scale of the result. */
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
		ix = log_bits(x);
	}
	int e;
	double m, a, b;
	const double *T = log_lookup(ix, &e, &m);
	log_split(m, T[0], &a, &b);
	if (e != 0) {
		double r = a + b;
		double q = (e * LOG_LN2_LO + T[2]) - 0.5 * (r * r) + log_poly4(r);
		return (e * LOG_LN2_HI + T[1]) + (r + q);
	}
	dd r = two_sum(a, b);
	dd s = two_sum(T[1], r.hi);
	double lo = s.lo + (r.lo + T[2]) - 0.5 * (r.hi * r.hi) + log_poly(r.hi);
	return s.hi + lo;
}
