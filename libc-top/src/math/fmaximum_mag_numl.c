#include "libm.h"

/* C23 7.12.12.10: as fmaximum_mag, but a NaN argument is ignored. */
long double fmaximum_mag_numl(long double x, long double y)
{
	if (__builtin_isnan(x))
		return __builtin_isnan(y) ? x + y : y;
	if (__builtin_isnan(y))
		return x;
	return fmaximum_magl(x, y);
}
