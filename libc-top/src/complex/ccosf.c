#include "libm_complex.h"

/* Computed in double: every float input is exact there and the double
   result rounds to float with a relative error below 2^-23. */
__attribute__((__no_builtin__)) float complex ccosf(float complex z)
{
	double complex w = ccos(CMPLX(__real__ z, __imag__ z));
	return CMPLXF(__real__ w, __imag__ w);
}
