#include "libm_trig.h"

#define TWO_OVER_PI (dd){ 0x1.45f306dc9c883p-1, -0x1.6b01ec5417056p-55 }
#define EULER (dd){ 0x1.2788cfc6fb619p-1, -0x1.6cb90701fbfabp-58 }
#define LN2 (dd){ 0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56 }
#define SQRT1_2 (dd){ 0x1.6a09e667f3bcdp-1, -0x1.bdd3413b26456p-55 }

/* Bessel functions of order 0 and 1 for x > 0: the power series in
   double-double below BESSEL_SERIES_MAX (the largest term is then below
   2^26, so the sum keeps an absolute accuracy near 2^-80, which also holds
   near the zeros), and the Hankel asymptotic expansions beyond, with the
   phase from the double-double sin and cos of x. */
#define BESSEL_SERIES_MAX 25.0

static dd dd_div_d(dd a, double b)
{
	double q = a.hi / b;
	dd p = two_prod(q, b);
	return fast_two_sum(q, ((a.hi - p.hi) - p.lo + a.lo) / b);
}

static dd dd_neg(dd a)
{
	return (dd){ -a.hi, -a.lo };
}

/* J_nu(x) for nu = 0, 1, by the series sum (-w)^k (x/2)^nu / (k! (k+nu)!),
   w = x^2/4; with harmonic weights h(k) for the Y series when y != 0:
   sum (-w)^k (x/2)^nu c(k) / (k! (k+nu)!), c(k) = H(k) + H(k+nu). */
static dd series(int nu, double x, int y)
{
	dd w = two_sqr(0.5 * x);
	dd t = nu ? (dd){ 0.5 * x, 0 } : (dd){ 1, 0 };
	dd s = y ? (dd){ 0, 0 } : t;
	if (y && nu)
		s = t;
	dd hk = { 0, 0 };
	dd hkn = nu ? (dd){ 1, 0 } : (dd){ 0, 0 };
	for (int k = 1; k < 200; k++) {
		t = dd_neg(dd_div_d(dd_mul(t, w), (double)k * (k + nu)));
		dd term = t;
		if (y) {
			hk = dd_add(hk, dd_div_d((dd){ 1, 0 }, k));
			hkn = dd_add(hkn, dd_div_d((dd){ 1, 0 }, k + nu));
			term = dd_mul(t, dd_add(hk, hkn));
		}
		s = dd_add(s, term);
		if (__builtin_fabs(term.hi) < 0x1p-120 && k > 4)
			break;
	}
	return s;
}

/* sqrt(2/(pi x)) (P cos(w) - Q sin(w)) for J, (P sin(w) + Q cos(w)) for Y,
   w = x - (nu/2 + 1/4) pi, P and Q the Hankel series. */
static double asymptotic(int nu, double x, int y)
{
	double mu = 4.0 * nu * nu;
	double p = 0, q = 0, a = 1, ix = 1 / x;
	for (int k = 1; k < 60; k++) {
		double na = a * (mu - (2.0 * k - 1) * (2.0 * k - 1)) / (k * 8.0) * ix;
		if (__builtin_fabs(na) > __builtin_fabs(a) || __builtin_fabs(na) < 0x1p-70)
			break;
		a = na;
		if (k & 1)
			q += (k & 2) ? -a : a;
		else
			p += (k & 2) ? -a : a;
	}
	dd r, s, c;
	int n = rem_pio2(x, &r);
	dd vs = sin_kernel(r), vc = cos_kernel(r);
	vs = fast_two_sum(vs.hi, vs.lo);
	vc = fast_two_sum(vc.hi, vc.lo);
	switch (n) {
	case 0: s = vs; c = vc; break;
	case 1: s = vc; c = dd_neg(vs); break;
	case 2: s = dd_neg(vs); c = dd_neg(vc); break;
	default: s = dd_neg(vc); c = vs; break;
	}
	/* cos and sin of x - pi/4 (nu = 0) or x - 3pi/4 (nu = 1). */
	dd cw, sw;
	if (nu == 0) {
		cw = dd_mul(dd_add(c, s), SQRT1_2);
		sw = dd_mul(dd_add(s, dd_neg(c)), SQRT1_2);
	} else {
		cw = dd_mul(dd_add(s, dd_neg(c)), SQRT1_2);
		sw = dd_mul(dd_neg(dd_add(s, c)), SQRT1_2);
	}
	dd P = fast_two_sum(1.0, p);
	dd u = y ? dd_add(dd_mul(P, sw), dd_mul((dd){ q, 0 }, cw))
	         : dd_add(dd_mul(P, cw), dd_neg(dd_mul((dd){ q, 0 }, sw)));
	double xs = x, fs = 1;
	if (x > 0x1p900) {
		/* Keep the double-double products away from overflow. */
		xs = x * 0x1p-600;
		fs = 0x1p-300;
	}
	dd f = dd_sqrt(dd_div_d(TWO_OVER_PI, xs));
	dd v = dd_mul(f, u);
	return (v.hi + v.lo) * fs;
}

/* J_nu(|x|) for nu = 0, 1 and finite x != 0; the caller applies the sign. */
double __bessel_j(int nu, double x)
{
	double a = __builtin_fabs(x);
	if (a < BESSEL_SERIES_MAX) {
		dd s = series(nu, a, 0);
		return s.hi + s.lo;
	}
	return asymptotic(nu, a, 0);
}

/* Y_nu(x) for nu = 0, 1 and finite x > 0:
   Y0 = (2/pi) ((log(x/2) + gamma) J0 + sum (-1)^(k+1) H(k) w^k / k!^2),
   Y1 = (2/pi) ((log(x/2) + gamma) J1 - 1/x)
        - (1/pi) sum (-1)^k (H(k) + H(k+1)) (x/2)^(2k+1) / (k! (k+1)!). */
double __bessel_y(int nu, double x)
{
	if (x >= BESSEL_SERIES_MAX)
		return asymptotic(nu, x, 1);
	dd l = dd_add(dd_add(__log_dd(x), dd_neg(LN2)), EULER);
	dd j = series(nu, x, 0);
	dd h = series(nu, x, 1);
	dd r;
	if (nu == 0) {
		r = dd_add(dd_mul(l, j), dd_mul_d(h, -0.5));
	} else {
		r = dd_add(dd_mul(l, j), dd_neg(dd_div_d((dd){ 1, 0 }, x)));
		r = dd_add(r, dd_mul_d(h, -0.5));
	}
	r = dd_mul(r, TWO_OVER_PI);
	return r.hi + r.lo;
}
