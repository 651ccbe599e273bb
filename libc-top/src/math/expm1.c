#include "libm_exp.h"

/* expm1(x) = x + x^2/2 + x^3 P(x) for |x| <= 1/16, else 2^k T (1 + p) - 1
   from the exp kernel (expm1_tail and exp_minus_one in libm_exp.h). */
double expm1(double x)
{
	double ax = __builtin_fabs(x);
	if (ax <= 0x1p-4) {
		if (ax < 0x1p-54)
			return x;
		return x + expm1_tail(x);
	}
	if (!(ax < 709.0)) {
		if (__builtin_isnan(x))
			return x + x;
		if (x < 0)
			return -1.0;
		if (x == __builtin_inf())
			return x;
		if (x > 709.8)
			return __math_erange(0x1p1023 * 2.0);
		int k;
		dd y = exp_kernel(x, 0, &k);
		return __math_scale(y.hi, y.lo, k);
	}
	if (x < -40)
		return -1.0;
	int k;
	dd y = exp_kernel(x, 0, &k);
	return exp_minus_one(y, k);
}
