#include "libm_trig.h"

/* a / b to about 2^-104 relative with one division: the quotient of the
   heads through the reciprocal, within 2 ulp, and its correction, a few
   ulp of it, through the same reciprocal (dd_div divides twice, and a
   division costs several multiplications). */
LIBM_INLINE dd div_recip(dd a, dd b)
{
	double inv = 1 / b.hi;
	double q = a.hi * inv;
	dd p = two_prod(q, b.hi);
	return fast_two_sum(q, ((a.hi - p.hi) - p.lo + a.lo - q * b.lo) * inv);
}

/* tan(r) = sin(r)/cos(r), or -cos(r)/sin(r) in odd quadrants, as the
   quotient of two double-doubles. sin(r) = r + r^3 SIN_P0 + ..., with a
   cubic term of up to an eighth of the result, is not sin_kernel's r.hi z
   P(z) (four roundings at that size, which took tan to 0.97 ulp): with rh
   the 17-bit head of r and r = rh + rl, rh^3 is exact, and so is its
   product with -3/16, the 2-bit head of SIN_P0, so that sin(r) = rh + u
   with u that product plus terms a seventh of it or less, rounded once,
   and rh + u exact as a double-double. cos(r) = 1 - rh^2/2 + ..., its
   head exact as in cos_kernel. What remains is about 2^-56 of each (u's
   rounding the most), so that tan stays near 0.75 ulp: 0.749 at most on
   2 10^7 inputs, where sin_kernel and cos_kernel gave 0.996. */
double tan(double x)
{
	double ax = __builtin_fabs(x);
	dd r = { x, 0 };
	int n = 0;
	if (ax > 0x1.921fb54442d18p-1) {
		if (__builtin_isinf(x))
			return __math_edom(x - x);
		if (__builtin_isnan(x))
			return x + x;
		n = rem_pio2(x, &r);
	} else if (ax < 0x1p-27) {
		return x;
	}
	double rh = asdouble(asuint64(r.hi) & 0xfffffff000000000);
	double rl = (r.hi - rh) + r.lo;
	double rh2 = rh * rh, r2l = rl * (2 * rh + rl);
	double rh3 = rh2 * rh, r3l = rh2 * rl + r2l * r.hi;
	double z = r.hi * r.hi;
	double u = rh3 * -0x1.8p-3 + (rl + rh3 * (SIN_P0 + 0x1.8p-3) + r3l * SIN_P0
	                              + (rh3 + r3l) * z * sin_poly_tail(z));
	dd s = fast_two_sum(rh, u);
	double h = 0.5 * rh2;
	double w = 1 - h;
	dd c = fast_two_sum(w, ((1 - w) - h) - 0.5 * r2l + z * z * cos_poly(z));
	dd q = n & 1 ? div_recip(c, s) : div_recip(s, c);
	double y = q.hi + q.lo;
	return n & 1 ? -y : y;
}
