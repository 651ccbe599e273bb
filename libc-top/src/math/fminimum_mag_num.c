#include "libm.h"

/* C23 7.12.12.11: as fminimum_mag, but a NaN argument is ignored. */
double fminimum_mag_num(double x, double y)
{
	if (__builtin_isnan(x))
		return __builtin_isnan(y) ? x + y : y;
	if (__builtin_isnan(y))
		return x;
	return fminimum_mag(x, y);
}
