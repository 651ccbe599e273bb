#include "libm.h"

/* The recurrences of jn and yn run in double-double from J0, J1 (Y0, Y1)
   known to about 2^-109, so their result has an absolute error near
   2^-108: next to a zero of J_n or Y_n that is most of the value. Below
   56 the callers use the tabulated zeros (__bessel_near_zero); from there
   on, where Hankel's asymptotic series reaches 2^-150, the same
   recurrence runs again here, in triple-double, when its result came out
   small. */
#define TD_MIN 56.0
/* The reduction x - m pi/4 below is exact for m < 2^25. */
#define TD_MAX 0x1p24
/* Below this fraction of C_(n-1), C_n = J_n or Y_n has lost more than
   2^-68 of its relative accuracy to the double-double error. */
#define TD_SMALL 0x1p-40
/* Where the asymptotic series stops: its terms reach this before their
   smallest, e^(-2x) < 2^-160, from x = 56 on. */
#define TD_EPS 0x1p-150
/* Terms of the Taylor series of sin(t) / t and cos(t) in t^2: the first
   left out are below 2^-150 for |t| <= pi/4 + 2^-20. */
#define SINCOS_TD_TERMS 19

extern const double __bessel_pio4_td[7];

/* Triple-double: x[0] + x[1] + x[2], each term about an ulp of the
   previous or less; the operations below keep the absolute error within a
   few 2^-155 of their operands' magnitude. They take and return arrays
   (the result may be an operand): passing structures by value would copy
   them through memory at every call. This path runs rarely, so it is
   compiled for size. */
#define SLOW __attribute__((__minsize__, __noinline__))

static SLOW void renorm(double *r, double a, double b, double c)
{
	dd s = two_sum(b, c);
	dd t = two_sum(a, s.hi);
	dd u = two_sum(t.lo, s.lo);
	r[0] = t.hi;
	r[1] = u.hi;
	r[2] = u.lo;
}

/* r = a + sign b, sign = 1 or -1. */
static SLOW void td_add(double *r, const double *a, const double *b, double sign)
{
	dd s = two_sum(a[0], sign * b[0]);
	dd t = two_sum(a[1], sign * b[1]);
	dd u = two_sum(t.hi, s.lo);
	renorm(r, s.hi, u.hi, u.lo + t.lo + a[2] + sign * b[2]);
}

static SLOW void td_mul(double *r, const double *a, const double *b)
{
	dd p = two_prod(a[0], b[0]);
	dd q = two_prod(a[0], b[1]);
	dd v = two_prod(a[1], b[0]);
	dd s = two_sum(q.hi, v.hi);
	dd t = two_sum(s.hi, p.lo);
	double l = a[0] * b[2] + a[1] * b[1] + a[2] * b[0] + q.lo + v.lo;
	renorm(r, p.hi, t.hi, l + s.lo + t.lo);
}

static SLOW void td_mul_d(double *r, const double *a, double b)
{
	dd p = two_prod(a[0], b);
	dd q = two_prod(a[1], b);
	dd s = two_sum(q.hi, p.lo);
	renorm(r, p.hi, s.hi, a[2] * b + q.lo + s.lo);
}

/* r = a / b by three quotient digits, each from the remainder so far. */
static SLOW void td_div_d(double *r, const double *a, double b)
{
	double q[3], e[3] = { a[0], a[1], a[2] };
	for (int i = 0; i < 2; i++) {
		q[i] = e[0] / b;
		dd p = two_prod(q[i], b);
		td_add(e, e, (const double[3]){ p.hi, p.lo, 0 }, -1);
	}
	renorm(r, q[0], q[1], e[0] / b);
}

/* sin(t) / t (odd) or cos(t) from t2 = t^2, by Horner's rule on their
   Taylor series, with the factorials as divisions by small integers. */
static SLOW void sin_or_cos(double *s, const double *t2, int odd)
{
	static const double one[3] = { 1, 0, 0 };
	s[0] = 1;
	s[1] = s[2] = 0;
	for (int j = SINCOS_TD_TERMS - 1; j > 0; j--) {
		double k = 2 * j - !odd;
		td_mul(s, s, t2);
		td_div_d(s, s, k * (k + 1));
		td_add(s, one, s, -1);
	}
}

/* Hankel's expansions: for nu = 0, 1, J_nu(x) = c (P cos v - Q sin v) and
   Y_nu(x) the same with v - pi/2 for v, where c = sqrt(2/(pi x)), v = x -
   (2 nu + 1) pi/4, P + i Q = sum i^k a_k(nu) / x^k and a_k = a_(k-1) (4
   nu^2 - (2k - 1)^2) / (8k). Sets f[nu] to C_nu(x) / c for C = J (y = 0)
   or Y: the recurrence is linear, and c is applied at the end. */
static SLOW void start(double x, int y, const double *u, double f[2][3])
{
	/* x - m pi/4 = r, m = 2 j + 1 odd, |r| <= pi/4 (and a rounding
	   error): each m times a 28-bit piece is exact, and x - m p0 too
	   (Sterbenz). */
	const double *pc = __bessel_pio4_td;
	double jd = __builtin_rint(x * 0x1.45f306dc9c883p-1 - 0.5);
	double m = 2 * jd + 1;
	double r[3] = { x - m * pc[0], 0, 0 }, r2[3], cr[3], sr[3];
	for (int i = 1; i < 7; i++)
		td_add(r, r, (const double[3]){ m * pc[i], 0, 0 }, -1);
	td_mul(r2, r, r);
	sin_or_cos(sr, r2, 1);
	td_mul(sr, sr, r);
	sin_or_cos(cr, r2, 0);
	for (int nu = 0; nu < 2; nu++) {
		double t[3] = { 1, 0, 0 }, pq[2][3] = { { 1, 0, 0 }, { 0, 0, 0 } };
		double mu = 4 * nu * nu;
		for (int k = 1; __builtin_fabs(t[0]) > TD_EPS; k++) {
			td_mul_d(t, t, mu - (2.0 * k - 1) * (2.0 * k - 1));
			td_div_d(t, t, 8.0 * k);
			td_mul(t, t, u);
			/* i^k: k mod 4 = 0, 1, 2, 3 adds to P, Q, -P, -Q. */
			td_add(pq[k & 1], pq[k & 1], t, k & 2 ? -1 : 1);
		}
		/* The argument is r + q pi/2: cos and sin of it are cos r or
		   sin r, with the signs cs and ss. */
		int q = ((int)jd - nu - y) & 3;
		const double *cv = q & 1 ? sr : cr, *sv = q & 1 ? cr : sr;
		double cs = q == 1 || q == 2 ? -1 : 1, ss = q >= 2 ? -1 : 1;
		td_mul(pq[0], pq[0], cv);
		td_mul(pq[1], pq[1], sv);
		td_add(f[nu], pq[0], pq[1], -cs * ss);
		td_mul_d(f[nu], f[nu], cs);
	}
}

static SLOW dd recurrence(unsigned n, int y, double x)
{
	double u[3], f[2][3], t[3];
	td_div_d(u, (const double[3]){ 1, 0, 0 }, x);
	start(x, y, u, f);
	double *a = f[0], *b = f[1];
	for (unsigned k = 1; k < n; k++) {
		td_mul_d(t, u, 2.0 * k);
		td_mul(t, t, b);
		td_add(a, t, a, -1);
		double *c = a;
		a = b;
		b = c;
	}
	dd g = fast_two_sum(b[0], b[1] + b[2]);
	const dd two_over_pi = { 0x1.45f306dc9c883p-1, -0x1.6b01ec5417056p-55 };
	return dd_mul(g, dd_sqrt(dd_div(two_over_pi, (dd){ x, 0 })));
}

dd __bessel_refine(unsigned n, int y, double x, dd a, dd b)
{
	if (x >= TD_MIN && x < TD_MAX && __builtin_fabs(b.hi) < TD_SMALL * __builtin_fabs(a.hi))
		return recurrence(n, y, x);
	return b;
}
