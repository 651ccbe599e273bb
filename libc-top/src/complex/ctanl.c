#include "libm_complex.h"

/* tan(z) = -i tanh(iz). */
long double complex ctanl(long double complex z)
{
	long double complex w = ctanhl(CMPLXL(-__imag__ z, __real__ z));
	return CMPLXL(__imag__ w, -__real__ w);
}
