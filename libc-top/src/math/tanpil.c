#include "libm_ldfun.h"

/* tan(pi x) = sin(pi g) / cos(pi g) for g = |x| mod 1, both from
   lgammal's kernel as heads and tails and their quotient corrected by
   its exact residual (fmal). At an integer m the result is +0 for
   positive even and negative odd m, -0 otherwise; at m + 1/2 a pole,
   +inf for even m and -inf for odd m (C23 F.10.1). */
long double tanpil(long double x)
{
	if (__builtin_isnan(x))
		return x + x;
	if (__builtin_isinf(x))
		return __math_edoml(__builtin_nanl(""));
	if (fabsl(x) < 0x1p-60L)
		return ldl_mul_tiny(x, LDL_PI);
	long double y = fmodl(fabsl(x), 2.0L);
	int odd = y >= 1, sign = __builtin_signbit(x);
	if (y >= 1)
		y -= 1;
	if (y == 0)
		return sign == odd ? 0.0L : -0.0L;
	if (y == 0.5L)
		return __math_erangel(sign == odd ? __builtin_infl() : -__builtin_infl());
	/* tan(pi g) for g in (0, 1), g != 1/2: sin(pi g) from f = min(g, 1 - g)
	   and cos(pi g) = +-sin(pi |1/2 - g|). */
	long double sl, sh = __sinpil_kernel(y > 0.5L ? 1 - y : y, &sl);
	long double cl, ch = __sinpil_kernel(y > 0.5L ? y - 0.5L : 0.5L - y, &cl);
	long double q = sh / ch;
	q += (fmal(-q, ch, sh) + sl - q * cl) / ch;
	return (y > 0.5L) != sign ? -q : q;
}
