#include "libm_complex.h"

/* atan(z) = -i atanh(iz). */
double complex catan(double complex z)
{
	double complex w = catanh(CMPLX(-__imag__ z, __real__ z));
	return CMPLX(__imag__ w, -__real__ w);
}
