#include "libm.h"

/* 2^k * (hi + lo) rounded once, for hi in [0.5, 4) and |lo| < hi/16;
   errno reports overflow and inexact underflow; k may be any int. In the normal range the
   scaling is exact, so rounding hi + lo first is the one rounding. A
   subnormal result is rounded to an integer count of 2^-1074 directly. */
double __math_scale(double hi, double lo, int k)
{
	if (k > 1023) {
		/* Past 2^1087 the scaling below would wrap; it overflows. */
		if (k > 1087)
			return __math_erange(__builtin_inf());
		hi *= 0x1p64;
		lo *= 0x1p64;
		k -= 64;
	}
	if (k >= -1021) {
		double y = (hi + lo) * asdouble((uint64_t)(0x3ff + k) << 52);
		if (__builtin_isinf(y))
			errno = ERANGE;
		return y;
	}
	if (k < -1140)
		return __math_erange(0x1p-1074 * 0x1p-1074);
	dd y = fast_two_sum(hi, lo);
	double s = asdouble((uint64_t)(0x3ff + 1074 + k) << 52);
	double a = y.hi * s, b = y.lo * s;
	if (a >= 0x1p52)
		return (hi + lo) * s * 0x1p-1074;
	double n = __builtin_rint(a);
	double d = a - n;
	double f = d + b;
	if (f > 0.5 || (d == 0.5 && b > 0))
		n += 1;
	else if (f < -0.5 || (d == -0.5 && b < 0))
		n -= 1;
	if (f != 0)
		errno = ERANGE;
	return asdouble((uint64_t)n);
}
