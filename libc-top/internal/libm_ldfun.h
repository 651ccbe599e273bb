/* Kernels of the long double transcendental functions, evaluated in
   binary128 arithmetic (soft-float): tables of tests/math/tables.py (ld)
   and Taylor series, which at these small arguments converge within the
   format's precision after the number of terms used. */
#ifndef _LIBM_LDFUN_H
#define _LIBM_LDFUN_H

#include "libm_ld.h"

extern const long double __expl_tab[64], __logl_tab[192], __atanl_tab[129];
extern const double __expl_tab_lo[64], __atanl_tab_lo[129];

#define LDL_LN2 0x1.62e42fefa39ef35793c7673007e6p-1L
#define LDL_LN2_HI 0x1.62e42fefa39ef35793c767300000p-1L
#define LDL_LN2_LO 0x1.f97b57a079a193394c5b16c5068cp-103L
#define LDL_LN2_64_HI 0x1.62e42fefa39ef35793c767300000p-7L
#define LDL_LN2_64_LO 0x1.f97b57a079a193394c5b16c5068cp-109L
#define LDL_INV_LN2_64 0x1.71547652b82fe1777d0ffda0d23ap+6L
#define LDL_PIO2 0x1.921fb54442d18469898cc51701b8p+0L
#define LDL_PIO2_LO 0x1.cd129024e088a67cc74020bbea64p-115L
#define LDL_PI 0x1.921fb54442d18469898cc51701b8p+1L
#define LDL_LN10 0x1.26bb1bbb5551582dd4adac5705a6p+1L
#define LDL_LOG2E 0x1.71547652b82fe1777d0ffda0d23ap+0L
#define LDL_LOG10E 0x1.bcb7b1526e50e32a6ab7555f5a68p-2L
/* The rest of some of these: pi - LDL_PI and so on. */
#define LDL_PI_LO 0x1.cd129024e088a67cc74020bbea64p-114L
#define LDL_LN2_TAIL -0x1.2a17e1979b31ace93a4ebe5d148fp-117L
#define LDL_LN10_LO 0x1.451c51fd9f3b4bbf21d078c3d040p-115L
#define LDL_LOG2E_LO 0x1.f4475abbd546eb4ad2c45928b367p-114L
#define LDL_LOG10E_LO -0x1.1e6e08e5cfedd1b2efee2e0695d8p-116L
#define LDL_INVPI 0x1.45f306dc9c882a53f84eafa3ea6ap-2L
#define LDL_INVPI_LO -0x1.11f924eb53361de37df00d74e2a1p-116L

static const long double ldl_sin_c[14] = {
	-0x1.5555555555555555555555555555p-3L,
	0x1.1111111111111111111111111111p-7L,
	-0x1.a01a01a01a01a01a01a01a01a01ap-13L,
	0x1.71de3a556c7338faac1c88e50017p-19L,
	-0x1.ae64567f544e38fe747e4b837dc7p-26L,
	0x1.6124613a86d097ca38331d23af68p-33L,
	-0x1.ae7f3e733b81f11d8656b0ee8cb0p-41L,
	0x1.952c77030ad4a6b2605197771b00p-49L,
	-0x1.2f49b4681415724ca1ec3b7b9675p-57L,
	0x1.71b8ef6dcf5718bef146fcee6e45p-66L,
	-0x1.761b413163819d97b8704dd7f628p-75L,
	0x1.3f3ccdd165fa8d4e44a419776f11p-84L,
	-0x1.d1ab1c2dccea320a9a18f15d4277p-94L,
	0x1.259f98b4358ad7abe30e7766f129p-103L,
};
static const long double ldl_cos_c[14] = {
	0x1.5555555555555555555555555555p-5L,
	-0x1.6c16c16c16c16c16c16c16c16c17p-10L,
	0x1.a01a01a01a01a01a01a01a01a01ap-16L,
	-0x1.27e4fb7789f5c72ef016d3ea6679p-22L,
	0x1.1eed8eff8d897b544da987acfe85p-29L,
	-0x1.93974a8c07c9d20badf145dfa3e5p-37L,
	0x1.ae7f3e733b81f11d8656b0ee8cb0p-45L,
	-0x1.6827863b97d977bb004886a2c2abp-53L,
	0x1.e542ba402022507a9cad2bf8f0bbp-62L,
	-0x1.0ce396db7f8529450c90b7f338ecp-70L,
	0x1.f2cf01972f577cca4b4067ca9d8ap-80L,
	-0x1.88e85fc6a4e59a38f2050ba6b015p-89L,
	0x1.0a18a2635085d373c5c51c354a8dp-98L,
	-0x1.3932c5047d60e60caded4c2989c5p-108L,
};
/* 1/n!, n = 2..30. */
static const long double ldl_inv_fact[29] = {
	0x1.0000000000000000000000000000p-1L,
	0x1.5555555555555555555555555555p-3L,
	0x1.5555555555555555555555555555p-5L,
	0x1.1111111111111111111111111111p-7L,
	0x1.6c16c16c16c16c16c16c16c16c17p-10L,
	0x1.a01a01a01a01a01a01a01a01a01ap-13L,
	0x1.a01a01a01a01a01a01a01a01a01ap-16L,
	0x1.71de3a556c7338faac1c88e50017p-19L,
	0x1.27e4fb7789f5c72ef016d3ea6679p-22L,
	0x1.ae64567f544e38fe747e4b837dc7p-26L,
	0x1.1eed8eff8d897b544da987acfe85p-29L,
	0x1.6124613a86d097ca38331d23af68p-33L,
	0x1.93974a8c07c9d20badf145dfa3e5p-37L,
	0x1.ae7f3e733b81f11d8656b0ee8cb0p-41L,
	0x1.ae7f3e733b81f11d8656b0ee8cb0p-45L,
	0x1.952c77030ad4a6b2605197771b00p-49L,
	0x1.6827863b97d977bb004886a2c2abp-53L,
	0x1.2f49b4681415724ca1ec3b7b9675p-57L,
	0x1.e542ba402022507a9cad2bf8f0bbp-62L,
	0x1.71b8ef6dcf5718bef146fcee6e45p-66L,
	0x1.0ce396db7f8529450c90b7f338ecp-70L,
	0x1.761b413163819d97b8704dd7f628p-75L,
	0x1.f2cf01972f577cca4b4067ca9d8ap-80L,
	0x1.3f3ccdd165fa8d4e44a419776f11p-84L,
	0x1.88e85fc6a4e59a38f2050ba6b015p-89L,
	0x1.d1ab1c2dccea320a9a18f15d4277p-94L,
	0x1.0a18a2635085d373c5c51c354a8dp-98L,
	0x1.259f98b4358ad7abe30e7766f129p-103L,
	0x1.3932c5047d60e60caded4c2989c5p-108L,
};

LIBM_INLINE long double ldl_rint(long double x)
{
	return ld_round_int(x, 4);
}

/* a + b = result + *e exactly (Knuth's two-sum). */
LIBM_INLINE long double ldl_two_sum(long double a, long double b, long double *e)
{
	long double s = a + b, bb = s - a;
	*e = (a - (s - bb)) + (b - bb);
	return s;
}

/* exp(r) - 1 for |r| <= ln2/128 + 2^-60: Taylor to r^12 (the next term
   is below 2^-122 of r). */
LIBM_INLINE long double ldl_expm1_small(long double r)
{
	long double p = ldl_inv_fact[10];
	for (int i = 9; i >= 0; i--)
		p = ldl_inv_fact[i] + r * p;
	return r + r * r * p;
}

/* exp(x + xt) = 2^k (result + *tail) for |x| < 20000: x + xt = (64k + j)
   ln2/64 + r, k and j chosen from the sum, since xt may be far above an
   ulp of x (powl's y times the log kernel's tail). The tail, below 2^-6 of the result, holds the table value's own
   rounding error, so that a caller that keeps the sum unrounded (erfcl,
   tgammal) has the exponential to far better than an ulp. */
LIBM_INLINE long double ldl_exp_split(long double x, long double xt, int *k, long double *tail)
{
	long double kd = ldl_rint((x + xt) * LDL_INV_LN2_64);
	int ki = (int)kd;
	long double r = (x - kd * LDL_LN2_64_HI) - kd * LDL_LN2_64_LO + xt;
	long double t = __expl_tab[ki & 63];
	*k = ki >> 6;
	*tail = __expl_tab_lo[ki & 63] + t * ldl_expm1_small(r);
	return t;
}

/* exp(x + xt) = 2^k * result for |x| < 20000. */
LIBM_INLINE long double ldl_exp_kernel(long double x, long double xt, int *k)
{
	long double t, h = ldl_exp_split(x, xt, k, &t);
	return h + t;
}

/* expm1(x) = 2^k (result + *lo) for |x| < 11357, |*lo| at most half an
   ulp of the result: the Taylor series below 1/8 (to x^20, k = 0), else the
   exponential's table value less 2^-k, exact for 0 <= k <= 100 (below the
   value's ulp above that), with its rounding error for negative k, plus
   the exponential's tail. */
LIBM_INLINE long double ldl_expm1_split(long double x, int *k, long double *lo)
{
	long double h, l;
	if (fabsl(x) < 0.125L) {
		long double p = 0;
		for (int n = 18; n >= 0; n--)
			p = ldl_inv_fact[n] + x * p;
		*k = 0;
		h = x;
		l = x * x * p;
	} else {
		long double t = ldl_exp_split(x, 0, k, &l);
		long double s = scalbnl(1.0L, -*k);
		if (*k > 100) {
			h = t;
			l -= s;
		} else {
			h = t - s;
			if (*k < 0)
				l += t - (h + s);
		}
	}
	long double r = h + l;
	*lo = l - (r - h);
	return r;
}

/* log(x) = hi + *lo for positive finite x, to about 2^-120 of the result
   (pow needs that): x = 2^e m, r = m c - 1 exact in two parts,
   log1p(r) = 2 atanh(r/(2+r)) with the quotient's error recovered, and
   -log(c) from the table as a head and tail. */
LIBM_INLINE long double ldl_log_kernel(long double x, long double *lo)
{
	u128 u = asu128(x);
	int e;
	u128 mi = ld_unpack(u, &e);
	e += 112;
	int j = (int)(mi >> 106) & 63;
	long double m = asldouble(LD_ONE | (mi & LD_FRAC));
	long double c = 1, nh = 0, nlo = 0;
	if (j >= 27) {
		/* m >= 1.42: the table's c is about 2/m, for m/2. */
		m *= 0.5L;
		e++;
	}
	if (j != 0 && j != 63) {
		c = __logl_tab[3 * j];
		nh = __logl_tab[3 * j + 1];
		nlo = __logl_tab[3 * j + 2];
	}
	/* m c - 1 exactly: c has 8 bits, the head of m 57. */
	long double mh = asldouble(asu128(m) & ~(((u128)1 << 56) - 1));
	long double a1 = mh * c - 1, a2 = (m - mh) * c;
	long double r = a1 + a2;
	long double rb = r - a1;
	long double rl = (a1 - (r - rb)) + (a2 - rb);
	long double d = 2 + r;
	long double dl = r - (d - 2);
	long double sh = r / d;
	long double sl = (fmal(-sh, d, r) - sh * dl) / d;
	long double z = sh * sh, p = 1.0L / 21;
	for (int n = 19; n >= 3; n -= 2)
		p = 1.0L / n + z * p;
	long double l1h = 2 * sh;
	long double l1l = 2 * sl + 2 * sh * z * p + rl / (1 + r);
	long double a = e * LDL_LN2_HI;
	long double h = a + nh;
	long double err = (a - h) + nh;
	long double h2 = h + l1h;
	long double bb = h2 - h;
	err += (h - (h2 - bb)) + (l1h - bb);
	*lo = err + nlo + l1l + e * LDL_LN2_LO;
	return h2;
}

/* n/d = result + *lo for finite n and d with d and the result in double's
   exponent range, d's own tail dl at most 2^-100 of it: the remainder of
   the rounded quotient is exact in fmal. */
LIBM_INLINE long double ldl_div_dd(long double n, long double d, double dl, double *lo)
{
	long double q = n / d;
	*lo = ((double)fmal(-q, d, n) - (double)q * dl) / (double)d;
	return q;
}

/* 1 - a^2 = result + *lo for 0 <= a < 1, to about 2^-160 of it: (1 - a)
   (1 + a) from 1/2 on, where 1 - a is exact, else 1 - a^2; the products'
   errors from fmal. */
LIBM_INLINE long double ldl_1msq(long double a, double *lo)
{
	if (a >= 0.5L) {
		long double m = 1 - a, u = 1 + a, w = m * u;
		*lo = (double)fmal(m, u, -w) + (double)m * (double)(a - (u - 1));
		return w;
	}
	long double p = a * a, w = 1 - p;
	*lo = (double)((1 - w) - p) - (double)fmal(a, a, -p);
	return w;
}

/* sqrt(wh + wl) = result + *lo for 2^-1000 < wh + wl < 2^1000, |wl| <=
   2^-100 wh, to about 2^-150 of it: two Newton steps from the double
   square root s, whose square is exact in binary128, each correction
   computed in double. The first, below an ulp of s, is rounded to a
   multiple of 2^-97 of s's binade, so that s + c and s c are exact; the second, near 2^-93 of the result, is
   added with its rounding error as the tail. */
LIBM_INLINE long double ldl_sqrt_dd(long double wh, double wl, double *lo)
{
	double s = __builtin_sqrt((double)wh);
	long double r = wh - (long double)s * s;
	double c = ((double)r + wl) / (2 * s);
	double k = 1.5 * asdouble((asuint64(s) & 0x7ffULL << 52) - (45ULL << 52));
	c = (c + k) - k;
	long double r2 = r - (long double)s * (2 * c);
	double c2 = ((double)r2 + wl - c * c) / (2 * s);
	long double sc = s + (long double)c, h = sc + c2;
	*lo = c2 - (double)(h - sc);
	return h;
}

/* atan(b + bl) (inv = 0) or pi/2 - atan(b + bl) (inv = 1) as the result
   + *lo, to about 2^-120 of it, for 0 <= b <= 1 and |bl| <= 2^-110 b
   (__atanl.c). */
long double __atanl_dd(long double b, double bl, int inv, long double *lo);

/* atan(a) for a >= 0, asin(a) for 0 <= a <= 1, acos(x) for |x| <= 1 and
   atan2(ay, +-ax) for finite positive ay and ax (-ax if xneg) as the
   result + *lo, from __atanl_dd (__atanl.c). */
long double __atanl_abs_dd(long double a, long double *lo);
long double __asinl_dd(long double a, long double *lo);
long double __acosl_dd(long double x, long double *lo);
long double __atan2l_dd(long double ay, long double ax, int xneg, long double *lo);

/* (hi + lo)/pi rounded once: 1/pi as a head and tail, the product of the
   heads exact in fmal. */
LIBM_INLINE long double ldl_div_pi(long double hi, long double lo)
{
	long double r = hi * LDL_INVPI;
	return r + (fmal(hi, LDL_INVPI, -r) + (lo * LDL_INVPI + hi * LDL_INVPI_LO));
}

/* log1p(x + xl) = hi + *lo for x > -1 finite, |xl| <= 2^-100 |x|:
   log(u) + (c + xl)/u with u = 1 + x rounded and c = x - (u - 1), below
   half an ulp of u. Where the result is small, c may have more bits than
   a double: c/u = c - c x/u (to within c^2), only the product in double. */
LIBM_INLINE long double ldl_log1p_kernel(long double x, double xl, long double *lo)
{
	long double u = 1 + x;
	long double c = u > 2 ? (1 - (u - x)) : (x - (u - 1));
	long double hi = ldl_log_kernel(u, lo);
	if (u > 2)
		*lo += ((double)c + xl) / (double)u;
	else
		*lo += c + (xl - (double)c * (double)x) / (double)u;
	return hi;
}

/* log(2a) for a >= 2^60 (asinhl, acoshl), rounded once: log(a) and ln2
   as heads and tails. */
LIBM_INLINE long double ldl_log_twice(long double a)
{
	long double lo, hi = ldl_log_kernel(a, &lo);
	long double s = hi + LDL_LN2;
	return s + ((LDL_LN2 - (s - hi)) + (lo + LDL_LN2_TAIL));
}

/* x = n pi/2 + hi + lo, |hi| <= pi/4 (slightly more); returns n mod 4. */
int __rem_pio2l(long double x, long double *hi, long double *lo);

/* sin(r) - r = r^3 S(r^2) and cos(r) - 1 + r^2/2 = r^4 C(r^2) for
   |r| <= pi/4: Taylor series to r^29 and r^30 (the next terms are below
   2^-122 of the result). The _split forms return
   sin(hi + lo) and cos(hi + lo) as a head and an unrounded *tail. */
LIBM_INLINE long double ldl_sin_split(long double hi, long double lo, long double *tail)
{
	long double z = hi * hi, p = 0;
	const long double *c = ldl_sin_c;
	for (int k = 13; k >= 0; k--)
		p = c[k] + z * p;
	*tail = lo * (1 - 0.5L * z) + hi * z * p;
	return hi;
}

LIBM_INLINE long double ldl_cos_split(long double hi, long double lo, long double *tail)
{
	long double z = hi * hi, p = 0;
	const long double *c = ldl_cos_c;
	for (int k = 13; k >= 0; k--)
		p = c[k] + z * p;
	long double h = 0.5L * z;
	long double w = 1 - h;
	*tail = (((1 - w) - h) - 0.5L * fmal(hi, hi, -z)) - hi * lo + z * z * p;
	return w;
}

LIBM_INLINE long double ldl_sin(long double hi, long double lo)
{
	long double t, h = ldl_sin_split(hi, lo, &t);
	return h + t;
}

LIBM_INLINE long double ldl_cos(long double hi, long double lo)
{
	long double t, h = ldl_cos_split(hi, lo, &t);
	return h + t;
}

/* log|Gamma(x)| = hi + *lo: __lgammal_dd for finite x > 0 with x + xl the
   argument, __lgammal_neg for negative non-integers (__lgammal.c). */
long double __lgammal_dd(long double x, long double xl, long double *lo);
long double __lgammal_neg(long double x, long double *lo);

/* sin(pi f) = hi + *lo for 0 < f <= 1/2, to about 2^-121 of it
   (__lgammal.c). */
long double __sinpil_kernel(long double f, long double *lo);

/* erf(x) for |x| < 1/2 and erfc(x) for 1/2 <= x < 107 (__erfl.c). */
long double __erfl_poly(long double x);
long double __erfcl_pos(long double x);

/* exp(zh + zl) with errno on overflow and underflow, |zl| far below 1. */
LIBM_INLINE long double ldl_exp_dd(long double zh, long double zl)
{
	if (zh > 11357)
		return __math_erangel(__builtin_infl());
	if (zh < -11500)
		return __math_erangel(0.0L);
	int k;
	return scalbnl(ldl_exp_kernel(zh, zl, &k), k);
}

/* expm1(zh + zl), |zl| <= 2^-100 |zh|: the Taylor series to zh^30 for
   |zh| < 1/4 with zl (1 + zh) added, else 2^k (t + tail) - 1 from the
   exponential kernel with the 1 subtracted exactly. */
LIBM_INLINE long double ldl_expm1_dd(long double zh, long double zl)
{
	long double a = fabsl(zh);
	if (a < 0.25L) {
		if (a < 0x1p-114L)
			return zh + zl;
		long double p = 0;
		for (int n = 28; n >= 0; n--)
			p = ldl_inv_fact[n] + zh * p;
		return zh + (zl + zl * zh + zh * zh * p);
	}
	if (zh > 11357)
		return __math_erangel(__builtin_infl());
	if (zh < -80)
		return -1.0L;
	int k;
	long double tail, t = ldl_exp_split(zh, zl, &k, &tail);
	if (k > 200)
		return scalbnl(t + tail, k);
	long double e, h = ldl_two_sum(t, -scalbnl(1.0L, -k), &e);
	return scalbnl(h + (e + tail), k);
}

/* |x| mod 2 split for __sinpil_kernel, x finite: sin(pi |x|) = (*neg ? -1
   : 1) sin(pi f) with f in [0, 1/2], all steps exact (fmodl, then
   Sterbenz's lemma). */
LIBM_INLINE long double ldl_sinpi_reduce(long double x, int *neg)
{
	long double y = fmodl(fabsl(x), 2.0L);
	*neg = y >= 1;
	if (y >= 1)
		y -= 1;
	return y > 0.5L ? 1 - y : y;
}

/* x c rounded, errno reporting a subnormal result (always inexact here,
   c being irrational). */
LIBM_INLINE long double ldl_mul_tiny(long double x, long double c)
{
	long double r = x * c;
	if (r != 0 && fabsl(r) < LDBL_MIN)
		errno = ERANGE;
	return r;
}

/* log1p(x) (c + cl) with log1p's special cases: the body of log2p1l and
   log10p1l. */
LIBM_INLINE long double ldl_log1p_times(long double x, long double c, long double cl)
{
	if (!(x > -1) || __builtin_isinf(x)) {
		if (__builtin_isnan(x) || x > 0)
			return x + x;
		if (x == -1)
			return __math_erangel(-__builtin_infl());
		return __math_edoml(__builtin_nanl(""));
	}
	if (x == 0)
		return x;
	long double lo, hi = ldl_log1p_kernel(x, 0, &lo);
	if (hi == 0) /* 1 + x rounded to 1: the logarithm is all in the tail */
		return ldl_mul_tiny(fmal(lo, c, lo * cl), 1);
	long double r = hi * c;
	long double rl = fmal(hi, c, -r) + (hi * cl + lo * c);
	return ldl_mul_tiny(r + rl, 1);
}

/* b^x - 1 = expm1(x ln b) with x ln b as a head and tail (fmal), for
   c + cl = ln b; x above `over` overflows, below `under` gives -1: the
   body of exp2m1l and exp10m1l. */
LIBM_INLINE long double ldl_expm1_times(long double x, long double c, long double cl,
                                        long double over, long double under)
{
	if (__builtin_isnan(x) || x == 0 || x == __builtin_infl())
		return x + x;
	if (x > over)
		return __math_erangel(__builtin_infl());
	if (x < under)
		return -1.0L;
	long double zh = x * c;
	long double r = ldl_expm1_dd(zh, fmal(x, c, -zh) + x * cl);
	return ldl_mul_tiny(r, 1);
}

#endif
