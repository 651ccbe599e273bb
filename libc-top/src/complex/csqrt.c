#include "libm_complex.h"

/* t = sqrt((|x| + |z|)/2); the root is (t, y/2t) for x >= 0, else
   (|y|/2t, +-t), t and y/2t formed in double-double so that each part
   rounds once; special cases as C17 G.6.4.2. */
double complex csqrt(double complex z)
{
	double x = __real__ z, y = __imag__ z;
	if (__builtin_isinf(y))
		return CMPLX(__builtin_inf(), y);
	if (__builtin_isnan(x))
		return CMPLX(x, y - y + x);
	if (__builtin_isinf(x)) {
		if (x > 0)
			return CMPLX(x, __builtin_isnan(y) ? y : __builtin_copysign(0.0, y));
		return CMPLX(__builtin_isnan(y) ? y : 0.0, __builtin_copysign(__builtin_inf(), y));
	}
	if (__builtin_isnan(y))
		return CMPLX(y, y);
	if (x == 0 && y == 0)
		return CMPLX(0.0, y);
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
	/* t from the parts scaled by 2^-2k into [1, 4) in the larger, so
	   that the squares neither overflow nor underflow; a square below
	   2^-960 is left out (|z| is the other part to far below an ulp). */
	int k = __builtin_ilogb(ax > ay ? ax : ay) / 2;
	double sx = __builtin_scalbn(ax, -2 * k), sy = __builtin_scalbn(ay, -2 * k);
	dd m = dd_add(sx > 0x1p-480 ? two_sqr(sx) : (dd){ 0, 0 },
	              sy > 0x1p-480 ? two_sqr(sy) : (dd){ 0, 0 });
	dd h = dd_add_d(dd_sqrt(m), sx);
	dd t = dd_sqrt((dd){ 0.5 * h.hi, 0.5 * h.lo });
	/* ay/2t = 2^(ey-k) (ay 2^-ey)/2t', the quotient near 1 so that it
	   rounds once even where the result is subnormal. */
	double u = 0;
	if (ay != 0) {
		int ey = __builtin_ilogb(ay);
		u = __dd_ldexp(dd_div((dd){ __builtin_scalbn(ay, -ey), 0 }, (dd){ 2 * t.hi, 2 * t.lo }), ey - k);
	}
	double r = __builtin_scalbn(t.hi, k);
	if (x >= 0)
		return CMPLX(r, __builtin_copysign(u, y));
	return CMPLX(u, __builtin_copysign(r, y));
}
