#include "libm_complex.h"

/* Every complex infinity projects to +inf + i copysign(0, Im z) (C17
   7.3.9.5). */
double complex cproj(double complex z)
{
	if (__builtin_isinf(__real__ z) || __builtin_isinf(__imag__ z))
		return CMPLX(__builtin_inf(), __builtin_copysign(0.0, __imag__ z));
	return z;
}
