#include "libm_complex.h"

/* acosh(z) = +-i acos(z), the sign making the real part non-negative and
   the imaginary part follow Im z (C17 G.6.2.1). */
long double complex cacoshl(long double complex z)
{
	long double complex w = cacosl(z);
	return CMPLXL(fabsl(__imag__ w), copysignl(__real__ w, __imag__ z));
}
