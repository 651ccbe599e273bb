#include "libm_complex.h"

/* For finite z, asinh(z) = -i asin(iz) with Kahan's asin (as casinh):
   with s1 = sqrt(1 - w), s2 = sqrt(1 + w), asin(w) = atan2(Re w,
   Re(s1 s2)) + i asinh(Im(conj(s1) s2)). Special cases as C17 G.6.2.2. */
long double complex casinhl(long double complex z)
{
	long double x = __real__ z, y = __imag__ z;
	long double ax = fabsl(x), ay = fabsl(y);
	if (!__builtin_isfinite(ax) || !__builtin_isfinite(ay)) {
		long double re, im;
		if (__builtin_isnan(x)) {
			re = __builtin_isinf(y) ? __builtin_infl() : x;
			im = y == 0 ? y : x;
			return CMPLXL(re, im);
		}
		if (__builtin_isinf(ax)) {
			re = x;
			im = __builtin_isnan(y) ? y : copysignl(__builtin_isinf(y) ? PIO4L : 0.0L, y);
			return CMPLXL(re, im);
		}
		if (__builtin_isinf(ay))
			return CMPLXL(copysignl(__builtin_infl(), x), copysignl(PIO2L, y));
		return CMPLXL(y, y);
	}
	if (ax > 0x1p8000L || ay > 0x1p8000L) {
		/* asinh(z) = log(2z) + O(z^-2) for Re z >= 0, and asinh is odd;
		   the sum s1 s2 below would overflow. */
		long double complex l = clogl(CMPLXL(ax, y));
		return CMPLXL(copysignl(__real__ l + LDL_LN2, x), __imag__ l);
	}
	/* w = iz = -y + ix. */
	long double complex s1 = csqrtl(CMPLXL(1 + y, -x));
	long double complex s2 = csqrtl(CMPLXL(1 - y, x));
	long double are = atan2l(-y, __real__ s1 * __real__ s2 - __imag__ s1 * __imag__ s2);
	long double aim = asinhl(__real__ s1 * __imag__ s2 - __imag__ s1 * __real__ s2);
	return CMPLXL(aim, -are);
}
