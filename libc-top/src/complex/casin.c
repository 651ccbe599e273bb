#include "libm_complex.h"

/* asin(z) = -i asinh(iz). */
double complex casin(double complex z)
{
	double complex w = casinh(CMPLX(-__imag__ z, __real__ z));
	return CMPLX(__imag__ w, -__real__ w);
}
