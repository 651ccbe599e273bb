#include "libm_ldfun.h"

extern const long double __erfl_small[18], __erfcl_tab[122], __erfcl_asym[25];

/* erf(x) = x (2/sqrt(pi) + z P(z)), z = x^2 < 1/4; the leading product
   and the sum round once, in fmal, so that the result keeps within an ulp. */
long double __erfl_poly(long double x)
{
	const long double *c = __erfl_small;
	long double z = x * x, p = c[17];
	for (int k = 16; k >= 2; k--)
		p = c[k] + z * p;
	return fmal(x, c[0], x * c[1] + x * z * p);
}

/* erfc(x) = exp(-x^2) g(x), x^2 split exactly. Below 8, g = erfcx is the
   Taylor series around the nearest c = 1/2 + j/8 (|d| <= 1/16), whose
   terms t_k = a_k d^k follow from erfcx' = 2x erfcx - 2/sqrt(pi):
   (k + 1) t_(k+1) = 2c d t_k + 2 d^2 t_(k-1); only g(c) is tabulated, as
   head and tail. Above, g = (1 + u H(u)) / (x sqrt(pi)), u = 1/x^2. g and
   the exponential are kept as head and tail to the one rounding of the
   product in fmal. */
long double __erfcl_pos(long double x)
{
	long double h = x * x, l = fmal(x, x, -h), gh, gl;
	int k;
	long double et, e = ldl_exp_split(-h, -l, &k, &et);
	if (x < 8) {
		int j = (int)ldl_rint((x - 0.5L) * 8);
		long double c2 = 1 + j * 0.25L, d = x - 0.5L * c2;
		const long double *a = __erfcl_tab + 2 * j, *q = __erfl_small;
		/* a_1 = 2c a_0 - 2/sqrt(pi) cancels for large c: fmal keeps it. */
		long double t0 = a[0];
		long double t1 = (fmal(c2, a[0], -q[0]) + (c2 * a[1] - q[1])) * d;
		long double s = t1, u = c2 * d, v = 2 * d * d, eps = 0x1p-118L * t0;
		for (int n = 2; fabsl(t1) > eps || fabsl(t0) > eps; n++) {
			long double t = (u * t1 + v * t0) / n;
			t0 = t1;
			t1 = t;
			s += t;
		}
		gh = a[0];
		gl = a[1] + s;
	} else {
		const long double *c = __erfcl_asym;
		long double u = 1 / h, p = c[24];
		for (int n = 23; n >= 2; n--)
			p = c[n] + u * p;
		gh = c[0] / x;
		gl = (fmal(-gh, x, c[0]) + c[0] * u * p + c[1]) / x;
	}
	return scalbnl(fmal(e, gh, e * gl + et * (gh + gl)), k);
}
