#include "libm_exp.h"

/* Gamma(x) = exp(lgamma(x)) with lgamma in double-double (__lgamma_pos) for
   x > 0, and pi / (sin(pi x) Gamma(1 - x)) for x < 0. */
double tgamma(double x)
{
	if (!__builtin_isfinite(x)) {
		if (x == -__builtin_inf())
			return __math_edom(__builtin_nan(""));
		return x + x;
	}
	if (x == 0)
		return __math_erange(1 / x);
	if (x < 0 && __builtin_rint(x) == x)
		return __math_edom(__builtin_nan(""));
	if (x > 171.7)
		return __math_erange(0x1p1023 * 2.0);
	if (__builtin_fabs(x) < 0x1p-60) {
		/* Gamma(x) = 1/x - gamma + O(x). */
		double y = 1 / x;
		return __builtin_isinf(y) ? __math_erange(y) : y;
	}
	if (x > 0) {
		dd l = __lgamma_pos((dd){ x, 0 });
		int k;
		dd e = exp_kernel(l.hi, l.lo, &k);
		return __math_scale(e.hi, e.lo, k);
	}
	dd s = __sinpi_dd(x);
	if (x < -190)
		return __math_erange(s.hi < 0 ? -0x1p-1074 * 0.5 : 0x1p-1074 * 0.5);
	dd l = __lgamma_pos(two_sum(1, -x));
	int k;
	dd g = exp_kernel(l.hi, l.lo, &k);
	g = fast_two_sum(g.hi, g.lo);
	dd q = dd_div((dd){ PI_HI, PI_LO }, dd_mul(s, g));
	return __dd_ldexp(q, -k);
}
