#include "libm_ldfun.h"

/* 10^x - 1 = expm1(x ln10) with x ln10 as a head and tail (fmal). */
long double exp10m1l(long double x)
{
	if (__builtin_isnan(x) || x == 0 || x == __builtin_infl())
		return x + x;
	if (x > 4933)
		return __math_erangel(__builtin_infl());
	if (x < -40)
		return -1.0L;
	long double zh = x * LDL_LN10;
	long double zl = fmal(x, LDL_LN10, -zh) + x * LDL_LN10_LO;
	long double r = ldl_expm1_dd(zh, zl);
	if (r != 0 && fabsl(r) < LDBL_MIN)
		errno = ERANGE;
	return r;
}
