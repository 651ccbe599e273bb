#include "libm_complex.h"

/* Computed in double precision (see the library's documentation of the
   long double complex functions). */
__attribute__((__no_builtin__)) long double complex csinl(long double complex z)
{
	double complex w = csin(CMPLX((double)__real__ z, (double)__imag__ z));
	return CMPLXL(__real__ w, __imag__ w);
}
