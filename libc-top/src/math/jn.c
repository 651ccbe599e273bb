#include "libm.h"

/* a = m 2^e with m.hi in [0.5, 1). */
static dd normalise(dd a, int *e)
{
	frexp(a.hi, e);
	return (dd){ scalbn(a.hi, -*e), scalbn(a.lo, -*e) };
}

/* J_n(x) for 2 <= n, 2^-28 <= x < n by Miller's backward recurrence from
   f_(m+1) = 0, f_m = 2^-500, m far enough above n that f_k / J_k is
   constant to 2^-106 for k <= n, in double-double with values past 2^500
   scaled by 2^-1000; normalised by whichever of J0, J1 is larger. */
static double miller(unsigned n, double x)
{
	unsigned m = n + 20 + (unsigned)__builtin_sqrt(40.0 * n);
	dd a = { 0, 0 }, b = { 0x1p-500, 0 }, fn = b, f1 = b;
	/* The scalings since f_n and since f_1 were taken. */
	int sn = 0, s1 = 0;
	for (unsigned k = m; k > 0; k--) {
		dd c = bessel_step(a, b, k, x);
		a = b;
		b = c;
		if (k - 1 == n)
			fn = b;
		if (k - 1 == 1)
			f1 = b;
		if (__builtin_fabs(b.hi) > 0x1p500) {
			a = (dd){ a.hi * 0x1p-1000, a.lo * 0x1p-1000 };
			b = (dd){ b.hi * 0x1p-1000, b.lo * 0x1p-1000 };
			sn += k - 1 <= n;
			s1 += k - 1 <= 1;
		}
	}
	dd j0x = __bessel_j(0, x), j1x = __bessel_j(1, x), q;
	if (__builtin_fabs(j0x.hi) > __builtin_fabs(j1x.hi)) {
		q = dd_div(j0x, b);
	} else {
		q = dd_div(j1x, f1);
		sn -= s1;
	}
	int ef, eq;
	dd p = dd_mul(normalise(fn, &ef), normalise(q, &eq));
	return __dd_ldexp(p, ef + eq - 1000 * sn);
}

/* J_n: J0 and J1 for n = 0, 1; (x/2)^n / n! for tiny x; where n <= x
   (J_n has no zeros below n), the Taylor series next to a tabulated zero
   or the forward recurrence from J0 and J1 (the stable direction; in
   double-double, so that the result keeps the absolute accuracy of the
   starting values, and again in triple-double where that is not enough,
   next to a zero from 56 on); else Miller's algorithm. */
double jn(int n, double x)
{
	if (__builtin_isnan(x))
		return x + x;
	/* J_-n = (-1)^n J_n, J_n(-x) = (-1)^n J_n(x). */
	unsigned un = n < 0 ? -(unsigned)n : (unsigned)n;
	int neg = (n < 0) != (x < 0) && (un & 1);
	x = __builtin_fabs(x);
	double r;
	dd p;
	if (un == 0) {
		r = j0(x);
	} else if (un == 1) {
		r = j1(x);
	} else if (x == 0 || __builtin_isinf(x)) {
		r = 0.0;
	} else if (un >= 540 && un >= 5.44 * x) {
		/* |J_n(x)| <= (x/2)^n / n! < (e x / (2n))^n <= 4^-n. */
		r = __math_erange(0.0);
	} else if (x < 0x1p-28) {
		/* J_n(x) = (x/2)^n / n! (1 - x^2 / (4 (n+1)) + ...): the
		   correction is below 2^-59; underflow from n = 46 on. */
		if (un > 45)
			return __math_erange(neg ? -0.0 : 0.0);
		int e;
		double m = frexp(x, &e);
		p = (dd){ 1, 0 };
		for (unsigned k = 1; k <= un; k++)
			p = dd_div(dd_mul_d(p, 0.5 * m), (dd){ k, 0 });
		r = __dd_ldexp(p, e * (int)un);
	} else if (un <= x && __bessel_near_zero(un, 0, x, &p)) {
		r = p.hi + p.lo;
	} else if (un <= x) {
		dd a = __bessel_j(0, x), b = __bessel_j(1, x);
		for (unsigned k = 1; k < un; k++) {
			dd c = bessel_step(a, b, k, x);
			a = b;
			b = c;
		}
		b = __bessel_refine(un, 0, x, a, b);
		r = b.hi + b.lo;
	} else {
		r = miller(un, x);
	}
	return neg ? -r : r;
}
