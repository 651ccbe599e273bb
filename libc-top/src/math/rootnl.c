#include "libm_ldfun.h"

/* x^(1/n) = exp(log|x| / n) with the logarithm and the quotient as a
   head and tail; special cases as rootn. */
long double rootnl(long double x, long long n)
{
	if (n == 0)
		return __math_edoml(__builtin_nanl(""));
	if (__builtin_isnan(x))
		return x + x;
	int neg = __builtin_signbit(x);
	if (neg && !(n & 1) && x != 0)
		return __math_edoml(__builtin_nanl(""));
	if (n == 1)
		return x;
	long double ax = fabsl(x), r;
	if (ax == 0 || __builtin_isinf(ax)) {
		r = (ax == 0) == (n < 0) ? __builtin_infl() : 0.0L;
		if (ax == 0 && n < 0)
			errno = ERANGE;
		if (!(n & 1))
			return r;
	} else if (n == -1) {
		r = 1 / ax;
		if (__builtin_isinf(r) || (r < LDBL_MIN && r * ax != 1))
			errno = ERANGE;
	} else {
		long double nd = (long double)n, lo, l = ldl_log_kernel(ax, &lo);
		long double q = l / nd;
		r = ldl_exp_dd(q, (fmal(-q, nd, l) + lo) / nd);
	}
	return neg ? -r : r;
}
