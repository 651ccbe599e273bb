#include "libm_complex.h"

/* cos(z) = cosh(iz). */
long double complex ccosl(long double complex z)
{
	return ccoshl(CMPLXL(-__imag__ z, __real__ z));
}
