#include "libm_exp.h"
#include "libm_log.h"

/* x^n for integer n (C23 7.12.7): pow's when n is a double, which gives
   the special cases of F.10.4 too (pown(x, 0) = 1 for every x, poles at
   zero with the sign of x for odd n). Beyond 2^53 pow's exact core with
   n split into two doubles: |x| nearest 1 raised to such n is still
   finite, so this is no mere overflow. */
double pown(double x, long long n)
{
	if (n >= -(1LL << 53) && n <= (1LL << 53))
		return pow(x, (double)n);
	int neg = (n & 1) && __builtin_signbit(x);
	double ax = __builtin_fabs(x), r;
	if (__builtin_isnan(x))
		return x + x;
	if (ax == 0 || __builtin_isinf(ax)) {
		r = (ax == 0) == (n < 0) ? __builtin_inf() : 0.0;
		if (ax == 0 && n < 0)
			errno = ERANGE;
	} else if (ax == 1) {
		r = 1.0;
	} else {
		double zl, zh = log_times_ll(log_inline(ax), n, &zl);
		r = exp_dd(zh, zl);
	}
	return neg ? -r : r;
}
