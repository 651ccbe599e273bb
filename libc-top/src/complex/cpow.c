#include "libm_complex.h"

/* z^w = exp(w log z) (C17 7.3.8.2 allows this and its branch cut). */
double complex cpow(double complex z, double complex w)
{
	return cexp(w * clog(z));
}
