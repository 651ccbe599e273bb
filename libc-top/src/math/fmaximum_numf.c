#include "libm.h"

/* C23 7.12.12.8: as fmax. */
float fmaximum_numf(float x, float y)
{
	return fmaxf(x, y);
}
