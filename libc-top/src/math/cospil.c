#include "libm_ldfun.h"

/* cos(pi x) = sin(pi (1/2 - g)) for g = |x| mod 1: with lgammal's kernel
   for sin(pi f) as a head and tail. Where 1/2 - g rounds (g < 1/4) the
   cosine varies too slowly for it to matter. Half-integers give +0. */
long double cospil(long double x)
{
	if (__builtin_isnan(x))
		return x + x;
	if (__builtin_isinf(x))
		return __math_edoml(__builtin_nanl(""));
	long double y = fmodl(fabsl(x), 2.0L);
	int neg = y >= 1;
	if (y >= 1)
		y -= 1;
	if (y == 0.5L)
		return 0.0L;
	if (y > 0.5L)
		neg = !neg;
	long double lo, h = __sinpil_kernel(y > 0.5L ? y - 0.5L : 0.5L - y, &lo);
	h += lo;
	return neg ? -h : h;
}
