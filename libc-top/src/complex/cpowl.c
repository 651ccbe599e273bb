#include "libm_complex.h"

/* Computed in double precision, as the other long double complex
   functions. */
__attribute__((__no_builtin__)) long double complex cpowl(long double complex z, long double complex w)
{
	double complex r = cpow(CMPLX((double)__real__ z, (double)__imag__ z),
	                        CMPLX((double)__real__ w, (double)__imag__ w));
	return CMPLXL(__real__ r, __imag__ r);
}
