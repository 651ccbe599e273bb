#include "libm.h"

/* C23 7.12.12.8: as fmax. */
long double fmaximum_numl(long double x, long double y)
{
	return fmaxl(x, y);
}
