#include "libm.h"

/* Tables of tests/math/tables.py (bessel_data), in __bessel_data.c. */
#define BESSEL_NZ 32
#define ASYM_TERMS 28
#define PHASE_DD 8
#define MODULUS_DD 8
extern const double __bessel_zero[4][BESSEL_NZ][5];
extern const double __bessel_phase[2][ASYM_TERMS + PHASE_DD];
extern const double __bessel_modulus[2][ASYM_TERMS - 1 + MODULUS_DD];
extern const double __bessel_pio4[4];
/* The zeros of J_n and Y_n for n = 2..ORDER_MAX below ORDER_X. */
#define ORDER_X 56.0
#define ORDER_MAX 52
extern const double __bessel_order_zero[][5];
extern const unsigned short __bessel_order_start[2 * ORDER_MAX - 1];
#define SINCOS_TERMS 16
#define SINCOS_DD 9
extern const double __bessel_sincos[2][SINCOS_TERMS + SINCOS_DD];

#define TWO_OVER_PI (dd){ 0x1.45f306dc9c883p-1, -0x1.6b01ec5417056p-55 }
#define EULER (dd){ 0x1.2788cfc6fb619p-1, -0x1.6cb90701fbfabp-58 }
#define LN2 (dd){ 0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56 }

/* Below BESSEL_SERIES_MAX the power series in double-double: its largest
   term is then below 2^30, so the sum keeps an absolute accuracy near
   2^-74 (measured 2^-76 for Y, whose logarithm is known to 2^-67). From
   there on the modulus and phase from their asymptotic series, which
   reach 2^-76 at 25, 2^-93 at 30, 2^-105 at 35 and 2^-109 from 38 on
   (measured for J0, J1, Y0, Y1, whose errors jn and yn carry). Both lose
   relative accuracy only next to a zero: within ZERO_RADIUS of one of the
   first BESSEL_NZ zeros (up to x = 100) the callers use the Taylor series
   around it (__bessel_near_zero), and elsewhere the value is above 2^-11
   (below 100) or the absolute error below 2^-100 (above). */
#define BESSEL_SERIES_MAX 25.0
#define ZERO_RADIUS 0x1p-7
/* The Taylor series around a zero to d^(ZERO_TERMS - 1): (2^-7)^9 / 9!
   is far below 2^-60 of the first term. */
#define ZERO_TERMS 10

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

/* The function f (J_nu or Y_nu) within ZERO_RADIUS of its zero z (a
   table entry: z in three parts, f'(z) in two), as sum a_k d^k with d =
   x - z: a_1 = f'(z) and the others from the Bessel equation x^2 f'' +
   x f' + (x^2 - nu^2) f = 0 written at x = z + d, a recurrence that needs
   only a_1 since a_0 = 0. z is known to about 2^-160, so d keeps its
   relative accuracy however close x is to z. Returns 0 when x is not
   that close. */
static int taylor(const double *z, int nu, double x, dd *r)
{
	double d1 = x - z[0];
	if (__builtin_fabs(d1) >= ZERO_RADIUS)
		return 0;
	dd s = two_sum(d1, -z[1]);
	dd d = two_sum(s.hi, s.lo - z[2]);
	double a[ZERO_TERMS] = { 0, z[3] };
	double zz = z[0] * z[0], c = zz - nu * nu;
	for (int j = 0; j + 2 < ZERO_TERMS; j++) {
		double v = z[0] * (j + 1) * (2 * j + 1) * a[j + 1] + (j * j + c) * a[j];
		if (j >= 1)
			v += 2 * z[0] * a[j - 1];
		if (j >= 2)
			v += a[j - 2];
		a[j + 2] = -v / (zz * (j + 2) * (j + 1));
	}
	double p = 0;
	for (int j = ZERO_TERMS - 1; j >= 2; j--)
		p = p * d.hi + a[j];
	*r = dd_add_d(dd_mul(d, (dd){ z[3], z[4] }), d.hi * d.hi * p);
	return 1;
}

/* Order 0 and 1: the k-th zero is the one nearest to (k + n/2 - 1/4 -
   y/2) pi, and the first BESSEL_NZ are below 104. Order 2 to ORDER_MAX:
   the few zeros below ORDER_X, searched. */
int __bessel_near_zero(unsigned n, int y, double x, dd *r)
{
	if (n < 2) {
		if (x > 128)
			return 0;
		int k = (int)__builtin_rint(x * 0x1.45f306dc9c883p-2 - (0.5 * n - 0.25 - 0.5 * y));
		return k >= 1 && k <= BESSEL_NZ && taylor(__bessel_zero[n + 2 * y][k - 1], n, x, r);
	}
	if (n > ORDER_MAX || x >= ORDER_X)
		return 0;
	const unsigned short *s = __bessel_order_start + y * (ORDER_MAX - 1) + n - 2;
	for (int i = s[0]; i < s[1]; i++)
		if (taylor(__bessel_order_zero[i], n, x, r))
			return 1;
	return 0;
}

/* theta - q pi/2 = t with |t| <= pi/4 (and a rounding error), for the
   phase theta = x - pi/4 + alpha, x >= 25; returns q mod 4. The phase
   must be known to far better than 2^-53 absolute, since cos(theta) is as
   small as 2^-60 next to a zero: below 2^24 x - m pi/4 (m odd) is exact
   with pi/4 in pieces of 28 bits but the last, above it __rem_pio2 gives x
   modulo pi/2 to 2^-104 relative. */
static int phase(double x, dd alpha, dd *t)
{
	const double *p = __bessel_pio4;
	if (x < 0x1p24) {
		double kd = __builtin_rint((x + alpha.hi) * 0x1.45f306dc9c883p-1 - 0.5);
		double m = 2 * kd + 1;
		dd a = two_sum(x - m * p[0], -m * p[1]);
		dd b = two_sum(a.lo, -m * p[2]);
		dd c = two_sum(a.hi, b.hi);
		*t = dd_add(fast_two_sum(c.hi, c.lo + (b.lo - m * p[3])), alpha);
		return (int)kd & 3;
	}
	dd r;
	int q = __rem_pio2(x, &r);
	r = dd_add_d(dd_add(r, (dd){ -p[0], -p[1] }), -(p[2] + p[3]));
	if (r.hi < -p[0]) {
		r = dd_add_d(dd_add(r, (dd){ 2 * p[0], 2 * p[1] }), 2 * (p[2] + p[3]));
		q--;
	}
	*t = dd_add(r, alpha);
	return q & 3;
}

/* sum c_k s^k for k < n, the first ndd coefficients double-double pairs
   (hi, lo) and evaluated in double-double, the others in double. */
static dd poly(const double *c, int n, int ndd, dd s)
{
	double a = 0;
	for (int k = n - 1; k >= ndd; k--)
		a = a * s.hi + c[ndd + k];
	dd r = { a, 0 };
	for (int k = ndd - 1; k >= 0; k--)
		r = dd_add(dd_mul(r, s), (dd){ c[2 * k], c[2 * k + 1] });
	return r;
}

/* sin(t) (odd != 0) or cos(t), |t| <= pi/4 + 2^-20, to about 2^-104 by
   the Taylor series (__bessel_sincos): jn and yn start their recurrences
   from these values, and there the relative accuracy near 2^-60 of sin
   and cos's kernels would be an absolute error in the result. */
static dd sin_or_cos(dd t, int odd)
{
	dd p = poly(__bessel_sincos[!odd], SINCOS_TERMS, SINCOS_DD, dd_mul(t, t));
	return odd ? dd_mul(t, p) : p;
}

/* J_nu(x) = M cos(theta - nu pi/2), Y_nu(x) = M sin(theta - nu pi/2) for
   x >= 25, with M = sqrt(2/(pi x)) m(x), theta = x - pi/4 + alpha(x), and
   m(x) = 1 + s B(s), alpha(x) = u A(s), u = 1/x, s = u^2, from their
   asymptotic series (__bessel_modulus, __bessel_phase). The leading terms
   of A and B, those whose rounding to double would exceed 2^-110 from
   x = 40 on, are evaluated in double-double: the phase must be known
   absolutely, and jn and yn start from these values. */
static dd asymptotic(int nu, double x, int y)
{
	double xs = x, fs = 1;
	dd alpha, m = { 1, 0 };
	if (x < 0x1p900) {
		dd u = dd_div_d((dd){ 1, 0 }, x);
		dd s = dd_mul(u, u);
		alpha = dd_mul(poly(__bessel_phase[nu], ASYM_TERMS, PHASE_DD, s), u);
		m = dd_add(m, dd_mul(poly(__bessel_modulus[nu], ASYM_TERMS - 1, MODULUS_DD, s), s));
	} else {
		/* alpha is below 2^-900 and m - 1 below 2^-1800; keep the
		   double-double products away from overflow. */
		alpha = (dd){ __bessel_phase[nu][0] / x, 0 };
		xs = x * 0x1p-600;
		fs = 0x1p-300;
	}
	dd t;
	int e = (phase(x, alpha, &t) - nu - y) & 3;
	dd v = sin_or_cos(t, e & 1);
	if ((e + 1) & 2)
		v = dd_neg(v);
	dd f = dd_sqrt(dd_div_d(TWO_OVER_PI, xs));
	v = dd_mul(dd_mul(f, m), v);
	return (dd){ v.hi * fs, v.lo * fs };
}

/* J_nu(|x|) for nu = 0, 1 and finite x != 0; the caller applies the sign.
   Next to a zero __bessel_near_zero is more accurate relative to the
   value, less in absolute terms (jn and yn start from these). */
dd __bessel_j(int nu, double x)
{
	double a = __builtin_fabs(x);
	if (a < BESSEL_SERIES_MAX)
		return series(nu, a, 0);
	return asymptotic(nu, a, 0);
}

/* Y_nu(x) for nu = 0, 1 and finite x > 0:
   Y0 = (2/pi) ((log(x/2) + gamma) J0 + sum (-1)^(k+1) H(k) w^k / k!^2),
   Y1 = (2/pi) ((log(x/2) + gamma) J1 - 1/x)
        - (1/pi) sum (-1)^k (H(k) + H(k+1)) (x/2)^(2k+1) / (k! (k+1)!). */
dd __bessel_y(int nu, double x)
{
	dd r;
	if (x >= BESSEL_SERIES_MAX)
		return asymptotic(nu, x, 1);
	dd l = dd_add(dd_add(__log_dd(x), dd_neg(LN2)), EULER);
	dd j = series(nu, x, 0);
	dd h = series(nu, x, 1);
	if (nu == 0) {
		r = dd_add(dd_mul(l, j), dd_mul_d(h, -0.5));
	} else {
		r = dd_add(dd_mul(l, j), dd_neg(dd_div_d((dd){ 1, 0 }, x)));
		r = dd_add(r, dd_mul_d(h, -0.5));
	}
	return dd_mul(r, TWO_OVER_PI);
}
