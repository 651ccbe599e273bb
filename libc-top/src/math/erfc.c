#include "libm_erf.h"

/* erfc(x) = 1 - erf(x) for |x| < 0.75; exp(-x^2) g(x) for x >= 0.75 with g
   from piecewise polynomials (tests/math/tables.py); 2 - erfc(-x) below
   -0.75. Underflows beyond 27.2. */
double erfc(double x)
{
	double a = __builtin_fabs(x);
	if (a < 0.75) {
		dd e = erf_small(x);
		dd r = two_sum(1.0, -e.hi);
		return r.hi + (r.lo - e.lo);
	}
	if (x < 0) {
		if (x < -6)
			return 2.0;
		int k;
		dd c = erfc_large(a, &k);
		double s = asdouble((uint64_t)(0x3ff + k) << 52);
		dd r = two_sum(2.0, -c.hi * s);
		return r.hi + (r.lo - c.lo * s);
	}
	if (!(x < 27.3)) {
		if (__builtin_isnan(x))
			return x + x;
		return x == __builtin_inf() ? 0.0 : __math_erange(0x1p-1074 * 0.5);
	}
	int k;
	dd c = erfc_large(x, &k);
	if (k < -1020)
		return __math_scale(c.hi, c.lo, k);
	return (c.hi + c.lo) * asdouble((uint64_t)(0x3ff + k) << 52);
}
