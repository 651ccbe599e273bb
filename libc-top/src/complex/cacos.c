#include "libm_complex.h"

/* Kahan's acos: with s1 = sqrt(1 - z), s2 = sqrt(1 + z),
   acos(z) = 2 atan2(Re s1, Re s2) + i asinh(Im(conj(s2) s1)). Special
   cases as C17 G.6.1.1. */
double complex cacos(double complex z)
{
	double x = __real__ z, y = __imag__ z;
	if (!__builtin_isfinite(x) || !__builtin_isfinite(y)) {
		if (__builtin_isinf(y)) {
			double re = __builtin_isnan(x) ? x
			          : __builtin_isinf(x) ? (x > 0 ? PIO4 : 3 * PIO4) : PIO2;
			return CMPLX(re, -y);
		}
		if (__builtin_isinf(x)) {
			if (__builtin_isnan(y))
				return CMPLX(y, -__builtin_inf());
			return CMPLX(x > 0 ? 0.0 : 2 * PIO2, __builtin_copysign(__builtin_inf(), -y));
		}
		if (__builtin_isnan(x))
			return CMPLX(x, x);
		return CMPLX(x == 0 ? PIO2 : y, y);
	}
	if (__builtin_fabs(x) > 0x1p500 || __builtin_fabs(y) > 0x1p500) {
		/* acos(z) = -i log(2z) + O(z^-2) for Im z >= 0, and acos(conj z)
		   = conj acos(z); the products below would overflow. */
		double complex l = clog(CMPLX(x, __builtin_fabs(y)));
		return CMPLX(__imag__ l, -__builtin_copysign(__real__ l + LN2, y));
	}
	double complex s1 = csqrt(CMPLX(1 - x, -y));
	double complex s2 = csqrt(CMPLX(1 + x, y));
	double re = 2 * atan2(__real__ s1, __real__ s2);
	double im = asinh(dot2(__real__ s2, __imag__ s1, -__imag__ s2, __real__ s1));
	return CMPLX(re, im);
}
