#include "libm_exp.h"
#include "libm_log.h"

/* x^(1/n) (C23 7.12.7): exp(log|x| / n) with the logarithm and the
   quotient in double-double (pow(x, 1.0/n) would add 1/n's rounding
   error, times log x, to the exponent), through pow's last step. Special
   cases as F.10.4: n = 0 and even roots of negative numbers are domain
   errors, zero with n < 0 a pole. */
double rootn(double x, long long n)
{
	if (n == 0)
		return __math_edom(__builtin_nan(""));
	if (__builtin_isnan(x))
		return x + x;
	int neg = __builtin_signbit(x);
	if (neg && !(n & 1) && x != 0)
		return __math_edom(__builtin_nan(""));
	if (n == 1)
		return x;
	double ax = __builtin_fabs(x), r;
	if (ax == 0 || __builtin_isinf(ax)) {
		r = (ax == 0) == (n < 0) ? __builtin_inf() : 0.0;
		if (ax == 0 && n < 0)
			errno = ERANGE;
		if (!(n & 1))
			return r;
	} else if (n == -1) {
		r = 1 / ax;
		if (__builtin_isinf(r) || (r < DBL_MIN && r * ax != 1))
			errno = ERANGE;
	} else {
		dd z = dd_div(log_inline(ax), (dd){ (double)n, 0 });
		r = exp_dd(z.hi, z.lo);
	}
	return neg ? -r : r;
}
