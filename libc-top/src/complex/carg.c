#include "libm_complex.h"

double carg(double complex z)
{
	return atan2(__imag__ z, __real__ z);
}
