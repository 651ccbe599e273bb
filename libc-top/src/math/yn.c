#include "libm.h"

/* Y_n next to a tabulated zero by its Taylor series, else by forward
   recurrence from Y0 and Y1, stable for all x > 0, in double-double so
   that the result keeps the absolute accuracy of the starting values,
   and again in triple-double where that is not enough, next to a zero
   from 56 on (__bessel_refine); values past 2^500, which no zero is
   near, are scaled by 2^-600 and the result is rounded once at the end. */
double yn(int n, double x)
{
	if (__builtin_isnan(x))
		return x + x;
	unsigned un = n < 0 ? -(unsigned)n : (unsigned)n;
	int neg = n < 0 && (un & 1);
	if (x < 0)
		return __math_edom(__builtin_nan(""));
	if (x == 0)
		return __math_erange(neg ? __builtin_inf() : -__builtin_inf());
	if (x == __builtin_inf())
		return 0.0;
	double r;
	dd p;
	if (un == 0) {
		r = y0(x);
	} else if (un == 1) {
		r = y1(x);
	} else if (x < 0x1p-60) {
		/* Y_n(x) = -(n-1)! (2/x)^n / pi (1 + O(x^2)), which overflows
		   for n > 17. */
		if (un > 17)
			return __math_erange(neg ? __builtin_inf() : -__builtin_inf());
		int e;
		double m = frexp(x, &e);
		p = (dd){ -0x1.45f306dc9c883p-2, 0x1.6b01ec5417056p-56 };
		for (unsigned k = 1; k < un; k++)
			p = dd_mul_d(p, k);
		for (unsigned k = 0; k < un; k++)
			p = dd_div(p, (dd){ m, 0 });
		r = __dd_ldexp(p, (1 - e) * (int)un);
	} else if (__bessel_near_zero(un, 1, x, &p)) {
		r = p.hi + p.lo;
	} else {
		dd a = __bessel_y(0, x), b = __bessel_y(1, x);
		int e = 0;
		for (unsigned k = 1; k < un && e < 2048; k++) {
			dd c = bessel_step(a, b, k, x);
			a = b;
			b = c;
			if (__builtin_fabs(b.hi) > 0x1p500) {
				/* Past here Y_n only grows: from 2^1448 on the result
				   overflows, whatever n. */
				a = (dd){ a.hi * 0x1p-600, a.lo * 0x1p-600 };
				b = (dd){ b.hi * 0x1p-600, b.lo * 0x1p-600 };
				e += 600;
			}
		}
		if (e == 0)
			b = __bessel_refine(un, 1, x, a, b);
		r = b.hi == 0 ? 0.0 : __dd_ldexp(b, e);
	}
	return neg ? -r : r;
}
