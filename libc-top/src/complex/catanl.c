#include "libm_complex.h"

/* atan(z) = -i atanh(iz). */
long double complex catanl(long double complex z)
{
	long double complex w = catanhl(CMPLXL(-__imag__ z, __real__ z));
	return CMPLXL(__imag__ w, -__real__ w);
}
