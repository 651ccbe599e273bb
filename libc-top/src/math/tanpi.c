#include "libm_trig.h"

/* tan(pi x) (C23 7.12.4.14): x = n/2 + f exactly; tan(pi f) for even n,
   -cot(pi f) for odd n, the quotient of the double-double kernels. At an
   integer m the result is +0 for positive even and negative odd m, -0
   otherwise; at m + 1/2 a pole, +inf for even m and -inf for odd m
   (F.10.1.14). */
double tanpi(double x)
{
	double a = __builtin_fabs(x);
	if (!(a < 0x1p53)) {
		if (__builtin_isnan(x))
			return x + x;
		if (__builtin_isinf(x))
			return __math_edom(__builtin_nan(""));
		/* An even integer. */
		return __builtin_copysign(0.0, x);
	}
	if (a < 0x1p-900)
		return dd_mul_tiny(x, (dd){ PI_HI, PI_LO });
	dd t;
	double f;
	int q = pi_reduce(x, &t, &f);
	if (f == 0) {
		if (q & 1)
			return __math_erange(q == 1 ? __builtin_inf() : -__builtin_inf());
		if (x == 0)
			return x;
		return (x > 0) == (q == 2) ? -0.0 : 0.0;
	}
	/* The kernels' parts are unevaluated sums; dd_div needs them normalised. */
	dd s = sin_kernel(t), c = cos_kernel(t);
	s = fast_two_sum(s.hi, s.lo);
	c = fast_two_sum(c.hi, c.lo);
	if (q & 1) {
		dd r = dd_div(c, s);
		return -(r.hi + r.lo);
	}
	dd r = dd_div(s, c);
	return r.hi + r.lo;
}
