#include "libm_ldfun.h"

/* Taylor series below 1/2; (e^a - e^-a)/2 up to 80 as for coshl; e^a/2
   above, which overflows from ln(2 LDBL_MAX) = 11357.217 (scalbnl
   reports it). */
long double sinhl(long double x)
{
	long double a = fabsl(x), r;
	if (!__builtin_isfinite(x))
		return x + x;
	if (a < 0.5L) {
		if (a < 0x1p-57L)
			return x;
		long double z = a * a, p = 0;
		for (int k = 13; k >= 1; k--)
			p = ldl_inv_fact[2 * k - 1] + z * p;
		r = a + a * z * p;
	} else if (a > 11358) {
		return __math_erangel(x * __builtin_infl());
	} else {
		int k;
		if (a > 80) {
			r = scalbnl(ldl_exp_kernel(a, 0, &k), k - 1);
		} else {
			long double l, t = ldl_exp_split(a, 0, &k, &l);
			long double h = t + l, q = 1 / h;
			if (a >= 4) {
				r = scalbnl(t + (l - scalbnl(q, -2 * k)), k - 1);
			} else {
				double hl = (double)(l - (h - t));
				double ql = ((double)fmal(-q, h, 1) - (double)q * hl) / (double)h;
				q = scalbnl(q, -2 * k);
				long double s = h - q;
				r = scalbnl(s + (((h - s) - q) + (hl - ql * asdouble((uint64_t)(0x3ff - 2 * k) << 52))), k - 1);
			}
		}
	}
	return x < 0 ? -r : r;
}
