#include "libm_complex.h"

float complex cprojf(float complex z)
{
	if (__builtin_isinf(__real__ z) || __builtin_isinf(__imag__ z))
		return CMPLXF(__builtin_inff(), __builtin_copysignf(0, __imag__ z));
	return z;
}
