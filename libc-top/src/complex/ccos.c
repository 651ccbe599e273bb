#include "libm_complex.h"

/* cos(z) = cosh(iz). */
double complex ccos(double complex z)
{
	return ccosh(CMPLX(-__imag__ z, __real__ z));
}
