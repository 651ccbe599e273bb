#include "libm_complex.h"

/* asin(z) = -i asinh(iz). */
long double complex casinl(long double complex z)
{
	long double complex w = casinhl(CMPLXL(-__imag__ z, __real__ z));
	return CMPLXL(__imag__ w, -__real__ w);
}
