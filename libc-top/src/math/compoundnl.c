#include "libm_ldfun.h"

/* (1 + x)^n = exp(n log1p(x)) with log1p and the product as heads and
   tails; special cases as compoundn. */
long double compoundnl(long double x, long long n)
{
	if (n == 0 && !(x < -1))
		return 1.0L;
	if (__builtin_isnan(x))
		return x + x;
	if (x < -1)
		return __math_edoml(__builtin_nanl(""));
	if (x == -1 || x == __builtin_infl()) {
		if ((x == -1) == (n > 0))
			return 0.0L;
		if (x == -1)
			errno = ERANGE;
		return __builtin_infl();
	}
	long double nd = (long double)n, lo, l = ldl_log1p_kernel(x, 0, &lo);
	long double zh = l * nd;
	return ldl_exp_dd(zh, fmal(l, nd, -zh) + lo * nd);
}
