#include "libm_ldfun.h"

/* exp(log|Gamma(x)|) with the logarithm as head and tail (__lgammal.c),
   accurate to about 2^-125 of its value, so that the exponential keeps
   within an ulp even where the logarithm reaches 11356 (the absolute
   error of a rounded logarithm would be multiplied by that much). Beyond
   1755.6 the result overflows, below -1800 it underflows. */
long double tgammal(long double x)
{
	if (!__builtin_isfinite(x)) {
		if (x == -__builtin_infl())
			return __math_edoml(__builtin_nanl(""));
		return x + x;
	}
	if (x == 0)
		return __math_erangel(1 / x);
	if (x < 0 && ldl_rint(x) == x)
		return __math_edoml(__builtin_nanl(""));
	if (x > 1755.6L)
		return __math_erangel(__builtin_infl());
	int neg = 0, k;
	if (fabsl(x) < 0x1p-120L) {
		/* Gamma(x) = 1/x - gamma + O(x); 1/x overflows below 2^-16384. */
		long double r = 1 / x;
		return __builtin_isinf(r) ? __math_erangel(r) : r;
	}
	if (x < -1800)
		return __math_erangel(((int64_t)ld_round_int(x, 0) & 1) ? 0.0L : -0.0L);
	long double lo, h;
	if (x > 0) {
		h = __lgammal_dd(x, 0, &lo);
	} else {
		h = __lgammal_neg(x, &lo);
		neg = !((int64_t)ld_round_int(x, 0) & 1);
	}
	long double t, e = ldl_exp_split(h, lo, &k, &t);
	long double r = scalbnl(e + t, k);
	if (r == 0 || __builtin_isinf(r))
		r = __math_erangel(r);
	return neg ? -r : r;
}
