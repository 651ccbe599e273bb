#include "libm_erf.h"

/* erf(x) = x (2/sqrt(pi) + x^2 P(x^2)) for |x| < 0.75, else
   1 - erfc(|x|) in double-double; 1 beyond 6, where erfc < 2^-54. */
double erf(double x)
{
	double a = __builtin_fabs(x);
	double y;
	if (a < 0.75) {
		if (a < 0x1p-500) {
			/* Scaled so that the double-double products keep their low
			   parts. */
			dd r = two_prod(x * 0x1p600, TWO_OVER_SQRTPI_HI);
			r.lo += x * 0x1p600 * TWO_OVER_SQRTPI_LO;
			return __dd_ldexp(r, -600);
		}
		dd r = erf_small(x);
		return r.hi + r.lo;
	}
	if (a >= 6) {
		if (__builtin_isnan(x))
			return x + x;
		y = 1.0;
	} else {
		int k;
		dd c = erfc_large(a, &k);
		double s = asdouble((uint64_t)(0x3ff + k) << 52);
		dd r = two_sum(1.0, -c.hi * s);
		y = r.hi + (r.lo - c.lo * s);
	}
	return x < 0 ? -y : y;
}
