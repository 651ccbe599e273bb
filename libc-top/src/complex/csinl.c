#include "libm_complex.h"

/* sin(z) = -i sinh(iz). */
long double complex csinl(long double complex z)
{
	long double complex w = csinhl(CMPLXL(-__imag__ z, __real__ z));
	return CMPLXL(__imag__ w, -__real__ w);
}
