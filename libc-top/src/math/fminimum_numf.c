#include "libm.h"

/* C23 7.12.12.9: as fmin. */
float fminimum_numf(float x, float y)
{
	return fminf(x, y);
}
