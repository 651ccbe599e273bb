#include "libm_ldfun.h"

extern const long double __lgammal_near1[14], __lgammal_near2[14];
extern const long double __lgammal_stirling[25], __lgammal_pi[4];

/* log Gamma(x + xl) = hi + *lo for x > 0, to about 2^-125 of the result
   or 2^-130 absolute, whichever is larger:
   Stirling's series at z = x + n >= 20, less log(x (x + 1) ... (x + n - 1)).
   z and the product are kept as head and tail (exact sums, the products'
   errors from fmal) and the large terms are summed exactly, so that the
   result keeps its accuracy where it is far smaller than its terms (near
   the zeros 1 and 2) and exp of it is accurate (tgammal). */
long double __lgammal_dd(long double x, long double xl, long double *lo)
{
	const long double *c = __lgammal_stirling;
	long double zh = x, zl = xl, ph = 1, pl = 0, t, e;
	if (x < 0x1p-120L) {
		/* Gamma(x) = 1/x - gamma + O(x): the rest is below 2^-126 of
		   log x (and so for -x). */
		long double h = ldl_log_kernel(x, &e);
		*lo = -e;
		return -h;
	}
	int shifted = zh < 20;
	while (zh < 20) {
		long double h = ph * zh;
		pl = fmal(ph, zh, -h) + ph * zl + pl * zh;
		ph = h;
		zh = ldl_two_sum(zh, 1, &t);
		zl += t;
	}
	long double ll, lh = ldl_log_kernel(zh, &ll);
	ll += zl / zh;
	long double zm = zh - 0.5L;
	long double p = zm * lh;
	e = fmal(zm, lh, -p) + zm * ll + zl * lh;
	long double h = ldl_two_sum(p, -zh, &t);
	e += t - zl;
	h = ldl_two_sum(h, c[0], &t);
	e += t + c[1];
	/* 1/(12 z) as head and tail: q (1 - (q zh - 1) - q zl) is 1/z. */
	long double q = 1 / zh;
	long double ql = -(fmal(q, zh, -1) + q * zl) * q;
	long double q12 = q / 12;
	h = ldl_two_sum(h, q12, &t);
	e += t + (fmal(-q12, 12, q) + ql) / 12;
	long double w = q * q, s = c[24];
	for (int k = 23; k >= 2; k--)
		s = c[k] + w * s;
	e += s * w * q;
	if (shifted) {
		long double gl, gh = ldl_log_kernel(ph, &gl);
		h = ldl_two_sum(h, -gh, &t);
		e += t - (gl + pl / ph);
	}
	return ldl_two_sum(h, e, lo);
}

/* sin(pi f) = hi + *lo for 0 < f <= 1/2, to about 2^-121 of it: with
   y = pi g, z = y^2 as heads and tails, g = f up to 1/4, where sin y = y -
   y z/6 + y z^2 S(z), else g = 1/2 - f and cos y = 1 - z/2 + z^2/24 +
   z^3 C(z); the terms y z/6 and z^2/24 are formed exactly, since the
   rounding of either would cost 2^-116 of the result. */
long double __sinpil_kernel(long double f, long double *lo)
{
	const long double *c = __lgammal_pi;
	long double g = f > 0.25L ? 0.5L - f : f, t, h, e;
	long double ph = c[0] * g, pl = fmal(c[0], g, -ph) + c[1] * g;
	long double zh = ph * ph, zl = fmal(ph, ph, -zh) + 2 * ph * pl;
	long double p = 0;
	if (f <= 0.25L) {
		for (int k = 13; k >= 1; k--)
			p = ldl_sin_c[k] + zh * p;
		long double bh = ph * zh;
		long double bl = fmal(ph, zh, -bh) + ph * zl + pl * zh;
		long double dh = bh / 6;
		long double dl = (fmal(-dh, 6, bh) + bl) / 6;
		h = ldl_two_sum(ph, -dh, &e);
		t = e + pl - dl + bh * zh * p;
	} else {
		for (int k = 13; k >= 1; k--)
			p = ldl_cos_c[k] + zh * p;
		long double w = 1 - 0.5L * zh;
		long double bh = zh * zh;
		long double bl = fmal(zh, zh, -bh) + 2 * zh * zl;
		long double dh = bh / 24;
		long double dl = (fmal(-dh, 24, bh) + bl) / 24;
		h = ldl_two_sum(w, dh, &e);
		t = e + ((1 - w) - 0.5L * zh) - 0.5L * zl + dl + bh * zh * p;
	}
	return ldl_two_sum(h, t, lo);
}

/* log|Gamma(x)| for negative non-integer x by the reflection formula,
   log(pi) - log|sin(pi x)| - log Gamma(1 - x), each term as head and tail,
   sin(pi x) from f = |x - n| <= 1/2 (exact). Below 2^-120 the result is
   -log|x| as on the positive side. */
long double __lgammal_neg(long double x, long double *lo)
{
	const long double *c = __lgammal_pi;
	long double sl, t, e;
	if (x > -0x1p-120L)
		return __lgammal_dd(-x, 0, lo);
	long double sh = __sinpil_kernel(fabsl(x - ldl_rint(x)), &sl);
	long double ll, lh = ldl_log_kernel(sh, &ll);
	long double yl, y = ldl_two_sum(1, -x, &yl);
	long double gl, gh = __lgammal_dd(y, yl, &gl);
	long double h = ldl_two_sum(c[2], -lh, &e);
	h = ldl_two_sum(h, -gh, &t);
	e += t + c[3] - (ll + sl / sh) - gl;
	return ldl_two_sum(h, e, lo);
}

/* lgamma(c + t) for |t| <= 2^-10 from its Taylor series, the leading
   product and the sum rounded once. */
static long double near(const long double *a, long double t)
{
	long double p = a[13];
	for (int k = 12; k >= 2; k--)
		p = a[k] + t * p;
	return fmal(a[0], t, a[1] * t + t * t * p);
}

long double __lgammal_r(long double x, int *sign)
{
	*sign = 1;
	if (!__builtin_isfinite(x))
		return x * x;
	if (x == 0) {
		if (__builtin_signbit(x))
			*sign = -1;
		return __math_erangel(__builtin_infl());
	}
	long double lo, hi;
	if (x > 0) {
		if (x > 0x1p16000L) {
			/* x (log x - 1), the rest below 2^-15000 of it, in one
			   rounding (lh - 1 is exact); it overflows from about
			   2^16370. */
			long double ll, lh = ldl_log_kernel(x, &ll);
			long double y = fmal(x, lh - 1, x * ll);
			return __builtin_isinf(y) ? __math_erangel(y) : y;
		}
		if (fabsl(x - 1) <= 0x1p-10L)
			return near(__lgammal_near1, x - 1);
		if (fabsl(x - 2) <= 0x1p-10L)
			return near(__lgammal_near2, x - 2);
		hi = __lgammal_dd(x, 0, &lo);
		return hi + lo;
	}
	if (ldl_rint(x) == x)
		return __math_erangel(__builtin_infl());
	/* Gamma(x) < 0 where trunc(x) is even. */
	if (!((int64_t)ld_round_int(x, 0) & 1))
		*sign = -1;
	hi = __lgammal_neg(x, &lo);
	return hi + lo;
}
