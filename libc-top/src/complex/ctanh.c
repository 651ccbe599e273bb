#include "libm_complex.h"
#include "libm_exp.h"
#include "libm_trig.h"

/* tanh(x + iy) = (sinh x cosh x + i sin y cos y) / (sinh^2 x + cos^2 y):
   the denominator is a sum of squares, so that every quantity is formed to
   a relative 2^-56 in double-double (sinh and cosh from one exponential,
   sin and cos of the exactly reduced y) and each part rounds once. For
   |x| > 300 the result is +-1 + i 4 sin(y) cos(y) e^(-2|x|) (the terms
   left out are below 2^-800 of it). Special cases as C17 G.6.2.6. */

/* sinh(x) for |x| < 1/16: x + x^3 (1/6 + x^2/120 + ...), Taylor to x^15. */
static dd sinh_small(double x)
{
	double z = x * x;
	double p = 1.0 / 6 + z * (1.0 / 120 + z * (1.0 / 5040 + z * (1.0 / 362880
	           + z * (1.0 / 39916800 + z * (1.0 / 6227020800 + z * (1.0 / 1307674368000))))));
	return fast_two_sum(x, x * z * p);
}

/* cosh(x) and sinh(x) for |x| <= 300 from e^|x| and its reciprocal. */
static void sinhcosh(double x, dd *sh, dd *ch)
{
	int k;
	dd e = exp_kernel(__builtin_fabs(x), 0, &k);
	double s = __builtin_scalbn(1.0, k);
	e = fast_two_sum(e.hi * s, e.lo * s);
	dd ei = dd_div((dd){ 1, 0 }, e);
	dd c = dd_add(e, ei);
	*ch = (dd){ 0.5 * c.hi, 0.5 * c.lo };
	if (__builtin_fabs(x) < 0x1p-4) {
		*sh = sinh_small(x);
		return;
	}
	dd d = dd_add(e, (dd){ -ei.hi, -ei.lo });
	*sh = x < 0 ? (dd){ -0.5 * d.hi, -0.5 * d.lo } : (dd){ 0.5 * d.hi, 0.5 * d.lo };
}

/* sin(y) and cos(y), y finite, to a relative 2^-60. */
static void sincos_dd(double y, dd *s, dd *c)
{
	dd r;
	int n = rem_pio2(y, &r);
	dd sr = sin_kernel(r), cr = cos_kernel(r);
	sr = fast_two_sum(sr.hi, sr.lo);
	cr = fast_two_sum(cr.hi, cr.lo);
	switch (n) {
	case 0: *s = sr; *c = cr; break;
	case 1: *s = cr; *c = (dd){ -sr.hi, -sr.lo }; break;
	case 2: *s = (dd){ -sr.hi, -sr.lo }; *c = (dd){ -cr.hi, -cr.lo }; break;
	default: *s = (dd){ -cr.hi, -cr.lo }; *c = sr; break;
	}
}

double complex ctanh(double complex z)
{
	double x = __real__ z, y = __imag__ z;
	if (!__builtin_isfinite(x)) {
		if (__builtin_isnan(x))
			return CMPLX(x, y == 0 ? y : x);
		return CMPLX(__builtin_copysign(1.0, x),
		             __builtin_isfinite(y) ? __builtin_copysign(0.0, sin(2 * y)) : __builtin_copysign(0.0, y));
	}
	if (!__builtin_isfinite(y))
		return CMPLX(x == 0 ? x : y - y, y - y);
	/* Exact zero parts keep their signs. */
	if (y == 0)
		return CMPLX(tanh(x), y);
	if (x == 0)
		return CMPLX(x, tan(y));
	dd s, c;
	sincos_dd(y, &s, &c);
	dd sc = dd_mul(s, c);
	if (__builtin_fabs(x) > 300) {
		int k;
		dd e = exp_kernel(-2 * (__builtin_fabs(x) < 700 ? __builtin_fabs(x) : 700), 0, &k);
		dd p = dd_mul(fast_two_sum(e.hi, e.lo), sc);
		double im = __builtin_fabs(p.hi) > 0x1p-900 ? __dd_ldexp(p, k + 2)
		          : __builtin_scalbn(p.hi + p.lo, k + 2);
		return CMPLX(__builtin_copysign(1.0, x), im);
	}
	if (__builtin_fabs(x) < 0x1p-500) {
		/* sinh x = x and cosh x = 1 to far below an ulp; x is scaled
		   so that the quotient does not round among subnormals before
		   its one rounding. */
		dd d = dd_mul(c, c);
		return CMPLX(__dd_ldexp(dd_div((dd){ __builtin_scalbn(x, 600), 0 }, d), -600),
		             dd_div(sc, d).hi);
	}
	dd sh, ch;
	sinhcosh(x, &sh, &ch);
	dd d = dd_add(dd_mul(sh, sh), dd_mul(c, c));
	return CMPLX(dd_div(dd_mul(sh, ch), d).hi, dd_div(sc, d).hi);
}
