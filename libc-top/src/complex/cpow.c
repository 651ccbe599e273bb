#include "libm_complex.h"
#include "libm_atan.h"
#include "libm_exp.h"
#include "libm_trig.h"

/* z^w = exp(w log z) (C17 7.3.8.2 allows this and its branch cut). The
   result's size is exp(Re(w log z)) and its phase Im(w log z), so an
   absolute error in w log z becomes a relative error in z^w: log z is
   formed in double-double to about 2^-67 of its parts (log_abs_dd and
   arg_parts), the product with w nearly exactly, and the exponential and
   the phase's cosine and sine from those double-doubles, the phase
   reduced exactly. Non-finite and zero arguments, and |w| beyond 2^900
   (where the product overflows unless log z is 0), keep the plain
   formula. */

/* 1/3 as a double-double. */
#define THIRD_HI 0x1.5555555555555p-2
#define THIRD_LO 0x1.5555555555555p-56

/* atan(q) for 0 <= q <= 1 to about 2^-71 of it: atan(c) + atan(t) with
   c from the table (as atan2's), t = (q - c)/(1 + q c) in double-double,
   and atan(t) = t - t^3/3 + t^5 Q(t^2), the first two terms in
   double-double; below 1/16, c = 0 and t = q. */
static dd atan_dd_hp(dd q)
{
	dd base = { 0, 0 }, t = q;
	if (q.hi >= 0x1p-4) {
		uint64_t iq = asuint64(q.hi);
		const double *T = __atan_tab + 3 * ((int)((iq >> 52) - 1019) * 16 + (int)(iq >> 48 & 15));
		t = dd_div(dd_add_d(q, -T[0]), dd_add_d(dd_mul_d(q, T[0]), 1.0));
		base = (dd){ T[1], T[2] };
	}
	double z = t.hi * t.hi;
	dd t3 = dd_mul(dd_mul(t, t), t);
	dd c3 = dd_mul(t3, (dd){ -THIRD_HI, -THIRD_LO });
	double q5 = 1.0 / 5 + z * (-1.0 / 7 + z * (1.0 / 9 + z * (-1.0 / 11 + z * (1.0 / 13
	            + z * (-1.0 / 15 + z * (1.0 / 17))))));
	dd a = dd_add(t, c3);
	a = dd_add_d(a, t3.hi * z * q5);
	return dd_add(base, a);
}

/* arg z = j pi/2 + sg 2^-*S d for finite nonzero z, with j in -2..2, sg
   = +-1 and d = atan(q) >= 0, q = min(|x|, |y|)/max(|x|, |y|), to about
   2^-71 of it; *S is 0, or when q is below 2^-1000 (where atan(q) = q)
   the exponent that keeps d near 1, so that a phase below the range of
   double is not lost. */
static dd arg_parts(double x, double y, int *j, double *sg, int *S)
{
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
	int swap = ay > ax;
	double n = swap ? ax : ay, d = swap ? ay : ax;
	*j = swap ? 1 : x < 0 ? 2 : 0;
	*sg = swap == (x < 0) ? 1 : -1;
	if (y < 0 || (y == 0 && __builtin_signbit(y))) {
		*j = -*j;
		*sg = -*sg;
	}
	*S = 0;
	if (n == 0)
		return (dd){ 0, 0 };
	int en = __builtin_ilogb(n), ed = __builtin_ilogb(d);
	if (ed - en > 1000) {
		*S = ed - en;
		return dd_div((dd){ __builtin_scalbn(n, -en), 0 }, (dd){ __builtin_scalbn(d, -ed), 0 });
	}
	return atan_dd_hp(dd_div((dd){ __builtin_scalbn(n, -ed), 0 }, (dd){ __builtin_scalbn(d, -ed), 0 }));
}

/* 2^k e c rounded once; e and c normalised (dd_mul drops lo * lo). */
static double scale(dd e, dd c, int k)
{
	dd p = dd_mul(e, c);
	if (!(__builtin_fabs(p.hi) > 0x1p-900))
		return __builtin_scalbn(p.hi + p.lo, k);
	return __dd_ldexp(p, k);
}

static dd neg(dd a)
{
	return (dd){ -a.hi, -a.lo };
}

/* e (2^kc c + i 2^ks s) turned by n quarter turns. */
static double complex rotate(dd e, dd c, dd s, int kc, int ks, int n)
{
	switch (n & 3) {
	case 0: return CMPLX(scale(e, c, kc), scale(e, s, ks));
	case 1: return CMPLX(scale(e, neg(s), ks), scale(e, c, kc));
	case 2: return CMPLX(scale(e, neg(c), kc), scale(e, neg(s), ks));
	default: return CMPLX(scale(e, s, ks), scale(e, neg(c), kc));
	}
}

double complex cpow(double complex z, double complex w)
{
	double x = __real__ z, y = __imag__ z, a = __real__ w, b = __imag__ w;
	if (!__builtin_isfinite(x) || !__builtin_isfinite(y) || (x == 0 && y == 0)
	    || !(__builtin_fabs(a) <= 0x1p900) || !(__builtin_fabs(b) <= 0x1p900))
		return cexp(w * clog(z));
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
	dd l = ax >= ay ? log_abs_dd(ax, ay) : log_abs_dd(ay, ax);
	int j, S;
	double sg;
	dd d = arg_parts(x, y, &j, &sg, &S);
	const dd pio2 = { PIO2_HI, PIO2_LO };
	/* w log z = (a L - b j pi/2 - sg b d) + i (a j pi/2 + sg a d + b L);
	   a j = N + f with N an integer, so that N pi/2 only turns the
	   result (z^n for z on an axis comes out with an exact zero part). */
	dd bd = dd_mul_d(d, sg * b), ad = dd_mul_d(d, sg * a);
	if (S) {
		bd = (dd){ __builtin_scalbn(bd.hi, -S), __builtin_scalbn(bd.lo, -S) };
		ad = (dd){ __builtin_scalbn(ad.hi, -S), __builtin_scalbn(ad.lo, -S) };
	}
	dd re = dd_add(dd_add(dd_mul_d(l, a), dd_mul_d(pio2, -b * j)), neg(bd));
	double N = __builtin_rint(a * j), f = a * j - N;
	int n = (int)(N - 4 * __builtin_floor(N * 0.25));
	dd u = dd_add(dd_mul_d(pio2, f), dd_mul_d(l, b));
	/* exp(re) = 2^m exp(re - m ln2), the kernel taking |re| < 1400. Beyond
	   4000 in size every part overflows or underflows (the tiny phase
	   below scales a part by 2^-2100 at the least); the phase still gives
	   the signs. */
	if (re.hi > 4000)
		re = (dd){ 4000, 0 };
	else if (re.hi < -4000)
		re = (dd){ -4000, 0 };
	int k, m = 0;
	if (__builtin_fabs(re.hi) > 1000) {
		m = (int)__builtin_rint(re.hi * 0x1.71547652b82fep0);
		re = dd_add(re, dd_mul_d((dd){ LOG_LN2_HI, LOG_LN2_LO }, -m));
	}
	dd e = exp_kernel(re.hi, re.lo, &k);
	e = fast_two_sum(e.hi, e.lo);
	k += m;
	if (S && __builtin_fabs(__builtin_scalbn(u.hi, S)) < 0x1p900) {
		/* The phase phi = 2^-S (2^S u + sg a d) is below 2^-98: cos phi
		   = 1 and sin phi = phi to far below an ulp. */
		dd p = dd_add((dd){ __builtin_scalbn(u.hi, S), __builtin_scalbn(u.lo, S) },
		              dd_mul_d(d, sg * a));
		return rotate(e, (dd){ 1, 0 }, p, k, k - S, n);
	}
	dd im = dd_add(u, ad);
	/* The rest of the phase = m pi/2 + r, each part reduced on its own. */
	dd r, r2;
	n += rem_pio2(im.hi, &r) + rem_pio2(im.lo, &r2);
	r = dd_add(r, r2);
	if (r.hi > 0.5 * PIO2_HI) {
		r = dd_add(r, neg(pio2));
		n++;
	} else if (r.hi < -0.5 * PIO2_HI) {
		r = dd_add(r, pio2);
		n--;
	}
	dd sr = sin_kernel(r), cr = cos_kernel(r);
	return rotate(e, fast_two_sum(cr.hi, cr.lo), fast_two_sum(sr.hi, sr.lo), k, k, n);
}
