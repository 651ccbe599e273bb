#include "libm_exp.h"

/* x = k*ln2 + j*ln2/128 + r, |r| <= ln2/256: exp(x) = 2^k 2^(j/128) exp(r),
   with 2^(j/128) from a table as a double-double, so that only the final
   addition rounds at the scale of the result (error below 0.51 ulp). */
double exp(double x)
{
	/* The fast path takes every x whose k lies in exp_finish_normal's
	   [-1000, 1022] (x > -693.1 gives k >= -1000; x < 709 gives k <= 1022),
	   NaN failing both tests; a test of the exponent bits alone would stop
	   at 512 and send a quarter of the finite range the slow way. */
	if (!(x > -693.1 && x < 709.0)) {
		if (__builtin_isnan(x))
			return x + x;
		if (x == __builtin_inf())
			return x;
		if (x == -__builtin_inf())
			return 0.0;
		if (x > 709.8)
			return __math_erange(0x1p1023 * 2.0);
		if (x < -745.2)
			return __math_erange(0x1p-1074 * 0.5);
		int k;
		dd y = exp_kernel(x, 0, &k);
		return __math_scale(y.hi, y.lo, k);
	}
	int ki;
	double r = exp_reduce(x, &ki);
	return exp_finish_normal(r, ki);
}
