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

/* asin(a) = result + *lo for 0 <= a <= 1: atan(a/s), s = sqrt(1 - a^2),
   through the smaller of the two ratios; 1 - a^2 and s are kept as heads
   and tails. */
long double __asinl_dd(long double a, long double *lo)
{
	if (a == 1) {
		*lo = LDL_PIO2_LO;
		return LDL_PIO2;
	}
	double wl, sl, bl;
	long double s = ldl_sqrt_dd(ldl_1msq(a, &wl), wl, &sl);
	if (a <= s) {
		long double b = ldl_div_dd(a, s, sl, &bl);
		return __atanl_dd(b, bl, 0, lo);
	}
	long double b = ldl_div_dd(s, a, 0, &bl);
	return __atanl_dd(b, bl + sl / (double)a, 1, lo);
}

/* acos(x) = result + *lo for |x| <= 1: atan(s/a) as for __asinl_dd, and
   pi - acos(-x) for negative x. */
long double __acosl_dd(long double x, long double *lo)
{
	long double a = fabsl(x), hi, l = 0;
	if (a == 1) {
		hi = 0;
	} else {
		double wl, sl, bl;
		long double s = ldl_sqrt_dd(ldl_1msq(a, &wl), wl, &sl);
		if (s <= a) {
			long double b = ldl_div_dd(s, a, 0, &bl);
			hi = __atanl_dd(b, bl + sl / (double)a, 0, &l);
		} else {
			long double b = ldl_div_dd(a, s, sl, &bl);
			hi = __atanl_dd(b, bl, 1, &l);
		}
	}
	if (x < 0) {
		long double h2 = LDL_PI - hi;
		l = ((LDL_PI - h2) - hi) + (LDL_PI_LO - l);
		hi = h2;
	}
	*lo = l;
	return hi;
}

/* atan2(ay, +-ax) = result + *lo (ax negative if xneg) for finite
   positive ax and ay: atan of the smaller ratio, as a head and tail,
   reflected into the quadrant. */
long double __atan2l_dd(long double ay, long double ax, int xneg, long double *lo)
{
	int inv = ay > ax;
	long double n = inv ? ax : ay, d = inv ? ay : ax;
	/* The ratio's tail in double needs d and the ratio in its range;
	   below, the ratio is atan of itself, its tail still in long double
	   for atan2pil. */
	int e = ilogbl(d);
	long double ns = scalbnl(n, -e), l, hi;
	double bl;
	if (ns >= 0x1p-900L) {
		long double b = ldl_div_dd(ns, scalbnl(d, -e), 0, &bl);
		hi = __atanl_dd(b, bl, inv, &l);
	} else if (inv) {
		hi = __atanl_dd(n / d, 0, 1, &l);
	} else {
		hi = n / d;
		l = fmal(-hi, d, n) / d;
	}
	if (xneg) {
		long double h2 = LDL_PI - hi;
		l = ((LDL_PI - h2) - hi) + (LDL_PI_LO - l);
		hi = h2;
	}
	*lo = l;
	return hi;
}

/* atan(a) = result + *lo for a >= 0: __atanl_dd of a up to 1, of 1/a
   above with the reciprocal's rounding error (its remainder is exact in
   fmal); pi/2 above 2^120, where pi/2 - 1/a rounds as pi/2 does. */
long double __atanl_abs_dd(long double a, long double *lo)
{
	if (a <= 1)
		return __atanl_dd(a, 0, 0, lo);
	if (a > 0x1p120L) {
		*lo = 0;
		return LDL_PIO2;
	}
	long double b = 1 / a;
	return __atanl_dd(b, (double)fmal(-b, a, 1) / (double)a, 1, lo);
}
