#include "libm_complex.h"

/* sin(z) = -i sinh(iz). */
double complex csin(double complex z)
{
	double complex w = csinh(CMPLX(-__imag__ z, __real__ z));
	return CMPLX(__imag__ w, -__real__ w);
}
