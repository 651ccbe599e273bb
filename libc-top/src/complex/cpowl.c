#include "libm_complex.h"

/* z^w = exp(w log z) (C17 7.3.8.2 allows this and its branch cut). */
long double complex cpowl(long double complex z, long double complex w)
{
	return cexpl(w * clogl(z));
}
