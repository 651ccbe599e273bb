#include "libm.h"

/* 1/sqrt(x) (C23 7.12.7): the square root and the quotient in
   double-double, so that only the last step rounds. x is scaled by 2^128
   or 2^-128 first beyond 2^-960 and 2^960, where the exact products
   would underflow or overflow.
   rsqrt(+-0) is a pole, negative x a domain error. */
double rsqrt(double x)
{
	if (!(x > 0) || x == __builtin_inf()) {
		if (__builtin_isnan(x))
			return x + x;
		if (x == 0)
			return __math_erange(1 / x);
		if (x == __builtin_inf())
			return 0.0;
		return __math_edom(__builtin_nan(""));
	}
	double s = 1;
	if (x < 0x1p-960) {
		x *= 0x1p128;
		s = 0x1p64;
	} else if (x > 0x1p960) {
		x *= 0x1p-128;
		s = 0x1p-64;
	}
	dd r = dd_div((dd){ 1, 0 }, dd_sqrt((dd){ x, 0 }));
	return r.hi * s;
}
