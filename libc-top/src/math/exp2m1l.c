#include "libm_ldfun.h"

/* 2^x - 1 = expm1(x ln2) with x ln2 as a head and tail (fmal). */
long double exp2m1l(long double x)
{
	if (__builtin_isnan(x) || x == 0 || x == __builtin_infl())
		return x + x;
	if (x >= 16384)
		return __math_erangel(__builtin_infl());
	if (x < -120)
		return -1.0L;
	long double zh = x * LDL_LN2;
	long double zl = fmal(x, LDL_LN2, -zh) + x * LDL_LN2_TAIL;
	long double r = ldl_expm1_dd(zh, zl);
	if (r != 0 && fabsl(r) < LDBL_MIN)
		errno = ERANGE;
	return r;
}
