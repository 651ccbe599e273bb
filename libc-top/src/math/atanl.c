#include "libm_ldfun.h"

/* atan(a) = atan(c) + atan((a - c)/(1 + a c)), c = j/16 nearest a, for
   a <= 1 (|t| <= 1/32, Taylor to t^25); pi/2 - atan(1/a) above. */
long double atanl(long double x)
{
	long double a = fabsl(x);
	if (__builtin_isnan(x))
		return x + x;
	if (a < 0x1p-57L)
		return x;
	int inv = a > 1;
	if (inv)
		a = 1 / a;
	long double j = ld_round_int(a * 16, 4);
	long double c = j / 16;
	long double t = (a - c) / (1 + a * c);
	long double z = t * t, p = 0;
	for (int k = 12; k >= 1; k--)
		p = (k & 1 ? -1.0L : 1.0L) / (2 * k + 1) + z * p;
	long double r = __atanl_tab[(int)j] + (t + t * z * p);
	if (inv)
		r = LDL_PIO2 - r;
	return x < 0 ? -r : r;
}
