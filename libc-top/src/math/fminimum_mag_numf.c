#include "libm.h"

/* C23 7.12.12.11: as fminimum_mag, but a NaN argument is ignored. */
float fminimum_mag_numf(float x, float y)
{
	if (__builtin_isnan(x))
		return __builtin_isnan(y) ? x + y : y;
	if (__builtin_isnan(y))
		return x;
	return fminimum_magf(x, y);
}
