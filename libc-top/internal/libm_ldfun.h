/* Kernels of the long double transcendental functions, evaluated in
   binary128 arithmetic (soft-float): tables of tests/math/tables.py (ld)
   and Taylor series, which at these small arguments converge within the
   format's precision after the number of terms used. */
#ifndef _LIBM_LDFUN_H
#define _LIBM_LDFUN_H

#include "libm_ld.h"

extern const long double __expl_tab[64], __logl_tab[128], __atanl_tab[17];

#define LDL_LN2 0x1.62e42fefa39ef35793c7673007e6p-1L
#define LDL_LN2_HI 0x1.62e42fefa39ef35793c767300000p-1L
#define LDL_LN2_LO 0x1.f97b57a079a193394c5b16c5068cp-103L
#define LDL_LN2_64_HI 0x1.62e42fefa39ef35793c767300000p-7L
#define LDL_LN2_64_LO 0x1.f97b57a079a193394c5b16c5068cp-109L
#define LDL_INV_LN2_64 0x1.71547652b82fe1777d0ffda0d23ap+6L
#define LDL_PIO2 0x1.921fb54442d18469898cc51701b8p+0L
#define LDL_PI 0x1.921fb54442d18469898cc51701b8p+1L
#define LDL_LN10 0x1.26bb1bbb5551582dd4adac5705a6p+1L
#define LDL_LOG2E 0x1.71547652b82fe1777d0ffda0d23ap+0L
#define LDL_LOG10E 0x1.bcb7b1526e50e32a6ab7555f5a68p-2L

LIBM_INLINE long double ldl_rint(long double x)
{
	return ld_round_int(x, 4);
}

/* exp(r) - 1 for |r| <= ln2/128 + 2^-60: Taylor to r^14. */
LIBM_INLINE long double ldl_expm1_small(long double r)
{
	long double p = 1.0L / 87178291200.0L;
	static const long double inv_fact[] = {
		1.0L / 2, 1.0L / 6, 1.0L / 24, 1.0L / 120, 1.0L / 720, 1.0L / 5040,
		1.0L / 40320, 1.0L / 362880, 1.0L / 3628800, 1.0L / 39916800,
		1.0L / 479001600, 1.0L / 6227020800.0L,
	};
	for (int i = 11; i >= 0; i--)
		p = inv_fact[i] + r * p;
	return r + r * r * p;
}

/* exp(x + xt) = 2^k * result for |x| < 20000: x = (64k + j) ln2/64 + r. */
LIBM_INLINE long double ldl_exp_kernel(long double x, long double xt, int *k)
{
	long double kd = ldl_rint(x * LDL_INV_LN2_64);
	int ki = (int)kd;
	long double r = (x - kd * LDL_LN2_64_HI) - kd * LDL_LN2_64_LO + xt;
	long double t = __expl_tab[ki & 63];
	*k = ki >> 6;
	return t + t * ldl_expm1_small(r);
}

/* log(x) = hi + *lo for positive finite x, with the reduction of
   libm_ldfun.h's table: x = 2^e m, r = m c - 1, log1p(r) = 2 atanh(r/(2+r)). */
LIBM_INLINE long double ldl_log_kernel(long double x, long double *lo)
{
	u128 u = asu128(x);
	int e;
	u128 mi = ld_unpack(u, &e);
	e += 112;
	int j = (int)(mi >> 106) & 63;
	long double m = asldouble(LD_ONE | (mi & LD_FRAC));
	long double c, nl;
	if (j == 0 || j == 63) {
		if (j == 63) {
			m *= 0.5L;
			e++;
		}
		c = 1;
		nl = 0;
	} else if (j >= 27) {
		/* m >= 1.42: the table's c is about 2/m, for m/2. */
		m *= 0.5L;
		e++;
		c = __logl_tab[2 * j];
		nl = __logl_tab[2 * j + 1];
	} else {
		c = __logl_tab[2 * j];
		nl = __logl_tab[2 * j + 1];
	}
	long double r = fmal(m, c, -1.0L);
	long double s = r / (2 + r), z = s * s;
	long double p = 1.0L / 21;
	for (int n = 19; n >= 3; n -= 2)
		p = 1.0L / n + z * p;
	long double l1p = 2 * s + 2 * s * z * p;
	long double a = e * LDL_LN2_HI;
	long double h = a + nl;
	long double err = (a - h) + nl;
	long double h2 = h + l1p;
	long double bb = h2 - h;
	err += (h - (h2 - bb)) + (l1p - bb);
	*lo = err + e * LDL_LN2_LO;
	return h2;
}

#endif
