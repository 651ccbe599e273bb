#include "libm_exp.h"

/* cosh(x) = (e^x + e^-x)/2 from the exp kernel as a double-double (its
   reciprocal as a double-double quotient), rounded once; beyond 22 the
   e^-x term is below 2^-63 of the result. */
double cosh(double x)
{
	double a = __builtin_fabs(x);
	if (a < 0x1p-27)
		return 1.0;
	if (!(a < 22)) {
		if (!__builtin_isfinite(x))
			return x * x;
		if (a > 710.5)
			return __math_erange(0x1p1023 * 2.0);
		int k;
		dd e = exp_kernel(a, 0, &k);
		return __math_scale(e.hi, e.lo, k - 1);
	}
	int k;
	dd e = exp_kernel(a, 0, &k);
	e = fast_two_sum(e.hi, e.lo);
	dd i = dd_div((dd){ 1, 0 }, e);
	double s = asdouble((uint64_t)(0x3ff + k - 1) << 52);
	double si = asdouble((uint64_t)(0x3ff - k - 1) << 52);
	dd r = dd_add((dd){ e.hi * s, e.lo * s }, (dd){ i.hi * si, i.lo * si });
	return r.hi + r.lo;
}
