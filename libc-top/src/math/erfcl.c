#include "libm_ldfun.h"

#define INV_SQRTPI 0x1.20dd750429b6d11ae3a914fed7fep-1L

/* erfc(x) for x >= 1: exp(-x^2) / (sqrt(pi) K), K the continued fraction
   x + (1/2)/(x + (2/2)/(x + (3/2)/(x + ...))) evaluated from the tail,
   with enough terms for 2^-115 at the given x; x^2 exact in two parts. */
long double __erfcl_large(long double x)
{
	int n = x < 2 ? 2200 : x < 4 ? 500 : x < 10 ? 150 : 60;
	long double t = x;
	for (int k = n; k >= 1; k--)
		t = x + (k * 0.5L) / t;
	long double h = x * x, l = fmal(x, x, -h);
	int k;
	long double e = ldl_exp_kernel(-h, -l, &k);
	return scalbnl(e * INV_SQRTPI / t, k);
}

long double erfcl(long double x)
{
	if (__builtin_isnan(x))
		return x + x;
	if (x < 1 && x > -1)
		return 1 - erfl(x);
	if (x < 0)
		return x < -10 ? 2.0L : 2 - __erfcl_large(-x);
	if (x > 107)
		return x == __builtin_infl() ? 0.0L : __math_erangel(0.0L);
	return __erfcl_large(x);
}
