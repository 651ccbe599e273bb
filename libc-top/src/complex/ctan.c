#include "libm_complex.h"

/* tan(z) = -i tanh(iz). */
double complex ctan(double complex z)
{
	double complex w = ctanh(CMPLX(-__imag__ z, __real__ z));
	return CMPLX(__imag__ w, -__real__ w);
}
