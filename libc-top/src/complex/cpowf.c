#include "libm_complex.h"

__attribute__((__no_builtin__)) float complex cpowf(float complex z, float complex w)
{
	double complex r = cpow(CMPLX(__real__ z, __imag__ z), CMPLX(__real__ w, __imag__ w));
	return CMPLXF(__real__ r, __imag__ r);
}
