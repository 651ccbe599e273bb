#include "libm_ldfun.h"

static int integer_kind(long double y)
{
	u128 u = asu128(y);
	int e = LD_EXPBITS(u) - 16383;
	if (e > 112)
		return 2;
	if (e < 0)
		return 0;
	u128 frac = LD_FRAC >> e;
	if (u & frac)
		return 0;
	return (u >> (112 - e) & 1) ? 1 : 2;
}

/* pow(x, y) = exp(y log|x|) with log|x| as a head and tail and the product
   split exactly by fmal; special cases as C17 F.10.4.4. */
long double powl(long double x, long double y)
{
	if (y == 0 || x == 1)
		return 1.0L;
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	long double ax = fabsl(x);
	if (__builtin_isinf(y)) {
		if (ax == 1)
			return 1.0L;
		return (ax < 1) == (y < 0) ? __builtin_infl() : 0.0L;
	}
	int yk = integer_kind(y), neg = 0;
	if (__builtin_signbit(x)) {
		if (yk == 0 && x != 0 && !__builtin_isinf(x))
			return __math_edoml(__builtin_nanl(""));
		neg = yk == 1;
		if (ax == 1)
			return neg ? -1.0L : 1.0L;
	}
	if (ax == 0 || __builtin_isinf(ax)) {
		long double r = (ax == 0) == (y < 0) ? __builtin_infl() : 0.0L;
		if (ax == 0 && y < 0)
			errno = ERANGE;
		return neg ? -r : r;
	}
	long double lo;
	long double hi = ldl_log_kernel(ax, &lo);
	long double zh = y * hi;
	long double zl = fmal(y, hi, -zh) + y * lo;
	long double r = ldl_exp_dd(zh, zl);
	return neg ? -r : r;
}
