#include "libm_log.h"

/* log1p(x) = log(u) + log1p(ul/u) where u + ul = 1 + x exactly. */
double log1p(double x)
{
	double ax = __builtin_fabs(x);
	if (ax < 0x1p-54)
		return x;
	if (!(x > -1.0) || x == __builtin_inf()) {
		if (__builtin_isnan(x) || x == __builtin_inf())
			return x + x;
		if (x == -1.0)
			return __math_erange(-__builtin_inf());
		return __math_edom(__builtin_nan(""));
	}
	dd u = two_sum(1.0, x);
	double t, tl;
	dd r;
	log_reduce(u.hi, &t, &tl, &r);
	dd s = two_sum(t, r.hi);
	double lo = s.lo + (r.lo + tl) - 0.5 * (r.hi * r.hi) + log_poly(r.hi)
	          + u.lo / u.hi;
	return s.hi + lo;
}
