#include "libm_ldfun.h"

/* atan(b) = atan(c) + atan(t), c = j/128 nearest b, t = (b - c)/(1 + b c),
   |t| <= 1/256, so that the Taylor series to t^15 has converged. b - c is
   exact, 1 + b c is kept as a head and tail, and the quotient's rounding
   error is recovered from its remainder; with the table value's own
   rounding error, only the caller's final addition rounds at the scale of
   the result. */
long double __atanl_dd(long double b, double bl, int inv, long double *lo)
{
	int j = (int)ldl_rint(b * 128);
	long double t = b;
	double tl = bl;
	if (j) {
		long double c = j * 0x1p-7L;
		/* The head of b has at most 105 bits, so that its product with
		   the 8 bits of c is exact. */
		long double bh = asldouble(asu128(b) & ~(u128)0xff);
		long double p = bh * c;
		long double d = 1 + p;
		double dl = (double)((1 - d) + p) + (double)(b - bh) * (double)c;
		long double n = b - c;
		t = n / d;
		tl = ((double)fmal(-t, d, n) + bl - (double)t * dl) / (double)d;
	}
	long double z = t * t, q = 0;
	for (int k = 7; k >= 1; k--)
		q = (k & 1 ? -1.0L : 1.0L) / (2 * k + 1) + z * q;
	long double a = __atanl_tab[j];
	long double hi = a + t;
	long double l = ((t - (hi - a)) + t * z * q) + (tl + __atanl_tab_lo[j]);
	if (inv) {
		long double h2 = LDL_PIO2 - hi;
		l = ((LDL_PIO2 - h2) - hi) + (LDL_PIO2_LO - l);
		hi = h2;
	}
	*lo = l;
	return hi;
}
