#include "libm_trig.h"

/* cos(pi x) (C23 7.12.4.12): x = n/2 + f exactly, then the cosine or sine
   kernel at pi f as a double-double. Half-integers give +0 (F.10.1.12). */
double cospi(double x)
{
	double a = __builtin_fabs(x);
	if (!(a < 0x1p53)) {
		if (__builtin_isnan(x))
			return x + x;
		if (__builtin_isinf(x))
			return __math_edom(__builtin_nan(""));
		/* An even integer. */
		return 1.0;
	}
	dd t;
	double f;
	int q = pi_reduce(a, &t, &f);
	if (f == 0 && (q & 1))
		return 0.0;
	dd c = q & 1 ? sin_kernel(t) : cos_kernel(t);
	double y = c.hi + c.lo;
	return (q + 1) & 2 ? -y : y;
}
