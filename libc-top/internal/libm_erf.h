/* erf and erfc from the tables of __erf_data.c (tests/math/tables.py). */
#ifndef _LIBM_ERF_H
#define _LIBM_ERF_H

#include "libm_exp.h"

extern const double __erf_small[11], __erfc_g[11][16], __erfc_h[12];

#define TWO_OVER_SQRTPI_HI 0x1.20dd750429b6dp+0
#define TWO_OVER_SQRTPI_LO 0x1.1ae3a914fed80p-56
#define INV_SQRTPI_HI 0x1.20dd750429b6dp-1
#define INV_SQRTPI_LO 0x1.1ae3a914fed80p-57

/* erf(x) for 2^-500 <= |x| < 0.75 as a double-double: x 2/sqrt(pi) and
   x^3 c0 in double-double, the rest (below 0.03 x) in double. */
LIBM_INLINE dd erf_small(double x)
{
	const double *c = __erf_small;
	double z = x * x;
	double p = c[10];
	for (int i = 9; i >= 1; i--)
		p = c[i] + z * p;
	dd r = two_prod(x, TWO_OVER_SQRTPI_HI);
	dd x3 = dd_mul_d(two_sqr(x), x);
	dd t = dd_mul_d(x3, c[0]);
	t.lo += x3.hi * z * p + x * TWO_OVER_SQRTPI_LO;
	return dd_add(r, t);
}

/* erfc(x) = 2^k (hi + lo) for 0.75 <= x < 27.5. */
LIBM_INLINE dd erfc_large(double x, int *k)
{
	dd q = two_sqr(x);
	dd e = exp_kernel(-q.hi, -q.lo, k);
	e = fast_two_sum(e.hi, e.lo);
	dd g;
	if (x < 6.25) {
		int i = (int)((x - 0.75) * 2);
		const double *a = __erfc_g[i];
		double d = x - (1 + 0.5 * i);
		double p = a[15];
		for (int j = 14; j >= 2; j--)
			p = a[j] + d * p;
		g = fast_two_sum(a[0], a[1] + d * p);
	} else {
		const double *c = __erfc_h;
		double u = 1 / q.hi;
		double p = c[11];
		for (int j = 10; j >= 0; j--)
			p = c[j] + u * p;
		g = dd_mul((dd){ INV_SQRTPI_HI, INV_SQRTPI_LO },
		           dd_div(fast_two_sum(1.0, u * p), (dd){ x, 0 }));
	}
	return dd_mul(e, g);
}

#endif
