#include "libm_complex.h"

/* For finite z, asinh(z) = -i asin(iz) with Kahan's asin: with
   s1 = sqrt(1 - w), s2 = sqrt(1 + w), asin(w) = atan2(Re w, Re(s1 s2))
   + i asinh(Im(conj(s1) s2)). Special cases as C17 G.6.2.2. */
double complex casinh(double complex z)
{
	double x = __real__ z, y = __imag__ z;
	double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
	if (!__builtin_isfinite(ax) || !__builtin_isfinite(ay)) {
		double re, im;
		if (__builtin_isnan(x)) {
			re = __builtin_isinf(y) ? __builtin_inf() : x;
			im = y == 0 ? y : x;
			return CMPLX(re, im);
		}
		if (__builtin_isinf(ax)) {
			re = x;
			im = __builtin_isnan(y) ? y : __builtin_copysign(__builtin_isinf(y) ? PIO4 : 0.0, y);
			return CMPLX(re, im);
		}
		if (__builtin_isinf(ay))
			return CMPLX(__builtin_copysign(__builtin_inf(), x), __builtin_copysign(PIO2, y));
		return CMPLX(y, y);
	}
	if (ax > 0x1p500 || ay > 0x1p500) {
		/* asinh(z) = log(2z) + O(z^-2) for Re z >= 0, and asinh is odd;
		   the sum s1 s2 below would overflow. */
		double complex l = clog(CMPLX(ax, y));
		return CMPLX(__builtin_copysign(__real__ l + LN2, x), __imag__ l);
	}
	/* w = iz = -y + ix. */
	double complex s1 = csqrt(CMPLX(1 + y, -x));
	double complex s2 = csqrt(CMPLX(1 - y, x));
	double are = atan2(-y, dot2(__real__ s1, __real__ s2, -__imag__ s1, __imag__ s2));
	double aim = asinh(dot2(__real__ s1, __imag__ s2, -__imag__ s1, __real__ s2));
	return CMPLX(aim, -are);
}
