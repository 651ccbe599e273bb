#include "libm.h"

/* C23 7.12.12.9: as fmin. */
long double fminimum_numl(long double x, long double y)
{
	return fminl(x, y);
}
