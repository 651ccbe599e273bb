#include "libm.h"

/* C23 7.12.12.11: as fminimum_mag, but a NaN argument is ignored. */
long double fminimum_mag_numl(long double x, long double y)
{
	if (__builtin_isnan(x))
		return __builtin_isnan(y) ? x + y : y;
	if (__builtin_isnan(y))
		return x;
	return fminimum_magl(x, y);
}
