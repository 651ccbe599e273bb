#include "libm_exp.h"
#include "libm_log.h"

/* (1 + x)^n (C23 7.12.7): exp(n log1p(x)) with 1 + x exact as a head and
   tail (log1p_dd) and the product split as in pow, through pow's last
   step. Special cases as F.10.4: 1 for n = 0 (even for a NaN or
   infinite x), a domain error for x < -1, a pole at x = -1 for n < 0. */
double compoundn(double x, long long n)
{
	if (n == 0 && !(x < -1))
		return 1.0;
	if (__builtin_isnan(x))
		return x + x;
	if (x < -1)
		return __math_edom(__builtin_nan(""));
	if (x == -1 || x == __builtin_inf()) {
		if ((x == -1) == (n > 0))
			return 0.0;
		if (x == -1)
			errno = ERANGE;
		return __builtin_inf();
	}
	double zl, zh = log_times_ll(log1p_dd(x), n, &zl);
	return exp_dd(zh, zl);
}
