#include "libm_complex.h"

long double complex cprojl(long double complex z)
{
	if (__builtin_isinf(__real__ z) || __builtin_isinf(__imag__ z))
		return CMPLXL(__builtin_infl(), copysignl(0, __imag__ z));
	return z;
}
