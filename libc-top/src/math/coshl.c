#include "libm_ldfun.h"

/* Taylor series below 1/2; (e^a + e^-a)/2 up to 80 with e^a as the
   exponential's table value and tail, and below 4, where e^-a still
   matters, its reciprocal's rounding error recovered from the remainder;
   e^a/2 above 80, which overflows from ln(2 LDBL_MAX) = 11357.217
   (scalbnl reports it). */
long double coshl(long double x)
{
	long double a = fabsl(x);
	if (!__builtin_isfinite(x))
		return x * x;
	if (a < 0.5L) {
		if (a < 0x1p-58L)
			return 1.0L;
		long double z = a * a, p = 0;
		for (int k = 13; k >= 2; k--)
			p = ldl_inv_fact[2 * k - 2] + z * p;
		return 1 + (0.5L * z + z * z * p);
	}
	if (a > 11358)
		return __math_erangel(__builtin_infl());
	int k;
	if (a > 80) {
		long double e = ldl_exp_kernel(a, 0, &k);
		return scalbnl(e, k - 1);
	}
	long double l, t = ldl_exp_split(a, 0, &k, &l);
	long double h = t + l, q = 1 / h;
	if (a >= 4)
		return scalbnl(t + (l + scalbnl(q, -2 * k)), k - 1);
	double hl = (double)(l - (h - t));
	double ql = ((double)fmal(-q, h, 1) - (double)q * hl) / (double)h;
	q = scalbnl(q, -2 * k);
	long double s = h + q;
	return scalbnl(s + ((q - (s - h)) + (hl + ql * asdouble((uint64_t)(0x3ff - 2 * k) << 52))), k - 1);
}
