#include "libm_complex.h"

/* z^w = exp(w log z) (C17 7.3.8.2 allows this and its branch cut), as
   cpow in binary128: log z and w log z as heads and tails to about 2^-120,
   then the exponential of the head and tail and the cosine and sine of the
   exactly reduced phase. Non-finite and zero arguments, and |w| beyond
   2^16000, keep the plain formula. */

/* pi/2 - LDL_PIO2. */
#define PIO2L_LO 0x1.cd129024e088a67cc74020bbea64p-115L

/* A head and tail: hi + lo, |lo| below an ulp of hi. */
typedef struct { long double hi, lo; } ldd;

static ldd add(ldd a, ldd b)
{
	long double e, s = ldl_two_sum(a.hi, b.hi, &e);
	e += a.lo + b.lo;
	long double r = s + e;
	return (ldd){ r, e - (r - s) };
}

/* a b, with the product of the heads exact. */
static ldd mul_d(ldd a, long double b)
{
	long double p = a.hi * b;
	return add((ldd){ p, 0 }, (ldd){ fmal(a.hi, b, -p), a.lo * b });
}

static ldd neg(ldd a)
{
	return (ldd){ -a.hi, -a.lo };
}

/* atan(q) for 0 <= q <= 1 (q = qh + ql), from the atanl kernel. */
static ldd atan_hp(long double qh, long double ql)
{
	long double lo, hi = __atanl_dd(qh, (double)ql, 0, &lo);
	return add((ldd){ hi, 0 }, (ldd){ lo, 0 });
}

/* arg z = j pi/2 + sg 2^-*S d (as in cpow) for finite nonzero z, with d =
   atan(min(|x|, |y|)/max(|x|, |y|)) to about 2^-120; *S is nonzero when
   the quotient is below 2^-16100, where atan(q) = q. */
static ldd arg_parts(long double x, long double y, int *j, long double *sg, int *S)
{
	long double ax = fabsl(x), ay = fabsl(y);
	int swap = ay > ax;
	long double n = swap ? ax : ay, d = swap ? ay : ax;
	*j = swap ? 1 : x < 0 ? 2 : 0;
	*sg = swap == (x < 0) ? 1 : -1;
	if (__builtin_signbit(y)) {
		*j = -*j;
		*sg = -*sg;
	}
	*S = 0;
	if (n == 0)
		return (ldd){ 0, 0 };
	int en = ilogbl(n), ed = ilogbl(d);
	if (ed - en > 16100)
		*S = ed - en;
	n = scalbnl(n, *S ? -en : -ed);
	d = scalbnl(d, -ed);
	long double qh = n / d, ql = fmal(-qh, d, n) / d;
	return *S ? (ldd){ qh, ql } : atan_hp(qh, ql);
}

/* (h + t) 2^k c rounded, c = ch + cl. */
static long double scale(long double h, long double t, long double ch, long double cl, int k)
{
	return scalbnl(fmal(h, ch, t * ch + h * cl), k);
}

/* (h + t) (2^kc c + i 2^ks s) turned by n quarter turns. */
static long double complex rotate(long double h, long double t, ldd c, ldd s, int kc, int ks, int n)
{
	long double cr = scale(h, t, c.hi, c.lo, kc), si = scale(h, t, s.hi, s.lo, ks);
	switch (n & 3) {
	case 0: return CMPLXL(cr, si);
	case 1: return CMPLXL(-si, cr);
	case 2: return CMPLXL(-cr, -si);
	default: return CMPLXL(si, -cr);
	}
}

long double complex cpowl(long double complex z, long double complex w)
{
	long double x = __real__ z, y = __imag__ z, a = __real__ w, b = __imag__ w;
	if (!__builtin_isfinite(x) || !__builtin_isfinite(y) || (x == 0 && y == 0)
	    || !(fabsl(a) <= 0x1p16000L) || !(fabsl(b) <= 0x1p16000L))
		return cexpl(w * clogl(z));
	long double ax = fabsl(x), ay = fabsl(y);
	ldd l;
	l.hi = ax >= ay ? log_abs_ld(ax, ay, &l.lo) : log_abs_ld(ay, ax, &l.lo);
	int j, S;
	long double sg;
	ldd d = arg_parts(x, y, &j, &sg, &S);
	const ldd pio2 = { LDL_PIO2, PIO2L_LO };
	/* As cpow: w log z = (a L - b j pi/2 - sg b d) + i (a j pi/2 + sg a d
	   + b L), with a j = N + f and N pi/2 a turn of the result. */
	ldd bd = mul_d(d, sg * b), ad = mul_d(d, sg * a);
	if (S) {
		bd = (ldd){ scalbnl(bd.hi, -S), scalbnl(bd.lo, -S) };
		ad = (ldd){ scalbnl(ad.hi, -S), scalbnl(ad.lo, -S) };
	}
	ldd re = add(add(mul_d(l, a), mul_d(pio2, -b * j)), neg(bd));
	long double N = ld_round_int(a * j, 4), f = a * j - N;
	int n = (int)(N - 4 * floorl(N * 0.25L));
	ldd u = add(mul_d(pio2, f), mul_d(l, b));
	/* exp(re) = 2^m exp(re - m ln2), the kernel taking |re| < 20000;
	   beyond 60000 every part overflows or underflows. */
	if (re.hi > 60000)
		re = (ldd){ 60000, 0 };
	else if (re.hi < -60000)
		re = (ldd){ -60000, 0 };
	int k, m = 0;
	if (fabsl(re.hi) > 11000) {
		m = (int)ld_round_int(re.hi * LDL_LOG2E, 4);
		re = add(re, (ldd){ -m * LDL_LN2_HI, -m * LDL_LN2_LO });
	}
	long double t, h = ldl_exp_split(re.hi, re.lo, &k, &t);
	k += m;
	if (S && fabsl(scalbnl(u.hi, S)) < 0x1p16000L) {
		/* The phase 2^-S (2^S u + sg a d) is below 2^-98: cos = 1 and
		   sin = the phase, to far below an ulp. */
		ldd p = add((ldd){ scalbnl(u.hi, S), scalbnl(u.lo, S) }, mul_d(d, sg * a));
		return rotate(h, t, (ldd){ 1, 0 }, p, k, k - S, n);
	}
	ldd im = add(u, ad);
	/* The rest of the phase = m pi/2 + r, each part reduced on its own. */
	long double rh, rl, r2h, r2l;
	n += __rem_pio2l(im.hi, &rh, &rl) + __rem_pio2l(im.lo, &r2h, &r2l);
	ldd r = add((ldd){ rh, rl }, (ldd){ r2h, r2l });
	if (r.hi > 0.5L * LDL_PIO2) {
		r = add(r, neg(pio2));
		n++;
	} else if (r.hi < -0.5L * LDL_PIO2) {
		r = add(r, pio2);
		n--;
	}
	ldd c = { ldl_cos(r.hi, r.lo), 0 }, s = { ldl_sin(r.hi, r.lo), 0 };
	return rotate(h, t, c, s, k, k, n);
}
