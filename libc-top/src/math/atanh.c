#include "libm.h"

/* atanh(x) = log((1 + a)/(1 - a))/2 with the quotient as a double-double. */
double atanh(double x)
{
	double a = __builtin_fabs(x);
	if (!(a < 1)) {
		if (a == 1)
			return __math_erange(x / 0.0);
		if (__builtin_isnan(x))
			return x + x;
		return __math_edom(__builtin_nan(""));
	}
	if (a < 0x1p-27)
		return x;
	dd q = dd_div(two_sum(1, a), two_sum(1, -a));
	dd l = __log_dd(q.hi);
	double y = 0.5 * (l.hi + (l.lo + q.lo / q.hi));
	return x < 0 ? -y : y;
}
