#include "libm_complex.h"

/* Kahan's acos (as cacos): with s1 = sqrt(1 - z), s2 = sqrt(1 + z),
   acos(z) = 2 atan2(Re s1, Re s2) + i asinh(Im(conj(s2) s1)). Special
   cases as C17 G.6.1.1. */
long double complex cacosl(long double complex z)
{
	long double x = __real__ z, y = __imag__ z;
	if (!__builtin_isfinite(x) || !__builtin_isfinite(y)) {
		if (__builtin_isinf(y)) {
			long double re = __builtin_isnan(x) ? x
			               : __builtin_isinf(x) ? (x > 0 ? PIO4L : 3 * PIO4L) : PIO2L;
			return CMPLXL(re, -y);
		}
		if (__builtin_isinf(x)) {
			if (__builtin_isnan(y))
				return CMPLXL(y, -__builtin_infl());
			return CMPLXL(x > 0 ? 0.0L : 2 * PIO2L, copysignl(__builtin_infl(), -y));
		}
		if (__builtin_isnan(x))
			return CMPLXL(x, x);
		return CMPLXL(x == 0 ? PIO2L : y, y);
	}
	if (fabsl(x) > 0x1p8000L || fabsl(y) > 0x1p8000L) {
		/* acos(z) = -i log(2z) + O(z^-2) for Im z >= 0, and acos(conj z)
		   = conj acos(z); the products below would overflow. */
		long double complex l = clogl(CMPLXL(x, fabsl(y)));
		return CMPLXL(__imag__ l, -copysignl(__real__ l + LDL_LN2, y));
	}
	long double complex s1 = csqrtl(CMPLXL(1 - x, -y));
	long double complex s2 = csqrtl(CMPLXL(1 + x, y));
	long double re = 2 * atan2l(__real__ s1, __real__ s2);
	long double im = asinhl(__real__ s2 * __imag__ s1 - __imag__ s2 * __real__ s1);
	return CMPLXL(re, im);
}
