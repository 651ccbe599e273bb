#include "libm_complex.h"

/* Computed in double: every float input is exact there and the double
   result rounds to float with a relative error below 2^-23. */
__attribute__((__no_builtin__)) float complex casinhf(float complex z)
{
	double complex w = casinh(CMPLX(__real__ z, __imag__ z));
	return CMPLXF(__real__ w, __imag__ w);
}
