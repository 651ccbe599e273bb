#include "libm_ldfun.h"

/* sin(pi x): x mod 2 reduced exactly to f in [0, 1/2], then lgammal's
   kernel for sin(pi f) as a head and tail. Integers give +0 or -0 by the
   sign of x. */
long double sinpil(long double x)
{
	if (__builtin_isnan(x))
		return x + x;
	if (__builtin_isinf(x))
		return __math_edoml(__builtin_nanl(""));
	if (fabsl(x) < 0x1p-60L)
		return ldl_mul_tiny(x, LDL_PI);
	int neg;
	long double f = ldl_sinpi_reduce(x, &neg), lo;
	if (f == 0)
		return __builtin_copysignl(0.0L, x);
	long double y = __sinpil_kernel(f, &lo);
	y += lo;
	return neg != __builtin_signbit(x) ? -y : y;
}
