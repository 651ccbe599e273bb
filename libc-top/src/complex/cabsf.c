#include "libm_complex.h"

float cabsf(float complex z)
{
	return hypotf(__real__ z, __imag__ z);
}
