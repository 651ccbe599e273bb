#include "libm_ldfun.h"

#define TWO_OVER_SQRTPI 0x1.20dd750429b6d11ae3a914fed7fep+0L

long double __erfcl_large(long double x);

/* For |x| < 1, erf(x) = 2/sqrt(pi) exp(-x^2) sum 2^n x^(2n+1) / (2n+1)!!,
   a series of positive terms (to n = 45); 1 - erfc(|x|) above. */
long double erfl(long double x)
{
	long double a = fabsl(x), r;
	if (__builtin_isnan(x))
		return x + x;
	if (a < 1) {
		long double z = a * a, t = a, s = a;
		for (int n = 1; n < 46; n++) {
			t *= 2 * z / (2 * n + 1);
			s += t;
		}
		int k;
		long double e = ldl_exp_kernel(-z, -fmal(a, a, -z), &k);
		r = TWO_OVER_SQRTPI * scalbnl(e, k) * s;
	} else if (a > 9) {
		r = 1;
	} else {
		r = 1 - __erfcl_large(a);
	}
	return x < 0 ? -r : r;
}
