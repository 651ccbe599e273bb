#include "libm_complex.h"

/* acosh(z) = +-i acos(z), the sign making the real part non-negative and
   the imaginary part follow Im z (C17 G.6.2.1). */
double complex cacosh(double complex z)
{
	double complex w = cacos(z);
	return CMPLX(__builtin_fabs(__imag__ w), __builtin_copysign(__real__ w, __imag__ z));
}
