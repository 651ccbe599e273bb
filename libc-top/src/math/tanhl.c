#include "libm_ldfun.h"

/* tanh(a) = e/(e + 2), e = expm1(2a) as a head and tail, below 3/2 with
   the quotient's rounding error recovered from its remainder; above, 1 -
   2/(e + 2), where the quotient is below 1/10 of the result. */
long double tanhl(long double x)
{
	long double a = fabsl(x), r;
	if (__builtin_isnan(x))
		return x + x;
	if (a < 0x1p-57L)
		return x;
	if (a > 40) {
		r = 1;
	} else {
		int k;
		long double el, e = ldl_expm1_split(2 * a, &k, &el);
		e = scalbnl(e, k);
		el = scalbnl(el, k);
		long double d = e + 2;
		double ql, dl = (double)(e > 2 ? 2 - (d - e) : e - (d - 2)) + (double)el;
		if (a < 1.5L) {
			long double q = ldl_div_dd(e, d, dl, &ql);
			r = q + (ql + (double)el / (double)d);
		} else {
			long double v = 2 / d;
			r = 1 - (v - (double)v * dl / (double)d);
		}
	}
	return x < 0 ? -r : r;
}
