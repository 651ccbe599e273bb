#include "libm_trig.h"

/* sin(pi x) (C23 7.12.4.13): x = n/2 + f exactly, then the sine or cosine
   kernel at pi f as a double-double, so that only the final addition
   rounds. Integers give +0 or -0 by the sign of x (F.10.1.13). */
double sinpi(double x)
{
	double a = __builtin_fabs(x);
	if (!(a < 0x1p52)) {
		if (__builtin_isnan(x))
			return x + x;
		if (__builtin_isinf(x))
			return __math_edom(__builtin_nan(""));
		return __builtin_copysign(0.0, x);
	}
	if (a < 0x1p-900)
		return dd_mul_tiny(x, (dd){ PI_HI, PI_LO });
	dd t;
	double f;
	int q = pi_reduce(x, &t, &f);
	if (f == 0 && !(q & 1))
		return __builtin_copysign(0.0, x);
	dd s = q & 1 ? cos_kernel(t) : sin_kernel(t);
	double y = s.hi + s.lo;
	return q & 2 ? -y : y;
}
