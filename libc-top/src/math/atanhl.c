#include "libm_ldfun.h"

/* atanh(a) = log1p(2a/(1 - a))/2, the quotient as a head and tail (1 - a
   is exact from 1/2 on, its rounding error kept below). */
long double atanhl(long double x)
{
	long double a = fabsl(x);
	if (!(a < 1)) {
		if (a == 1)
			return __math_erangel(x / 0.0L);
		return __builtin_isnan(x) ? x + x : __math_edoml(__builtin_nanl(""));
	}
	if (a < 0x1p-57L)
		return x;
	long double d = 1 - a, lo;
	double ql;
	long double q = ldl_div_dd(2 * a, d, (double)((1 - d) - a), &ql);
	long double hi = ldl_log1p_kernel(q, ql, &lo);
	long double r = 0.5L * (hi + lo);
	return x < 0 ? -r : r;
}
