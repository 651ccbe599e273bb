#include "libm_atan.h"

/* acos(x)/pi (C23 7.12.4.7): acos as a double-double times 1/pi as one.
   acospi(1) is +0, acospi(-1) exactly 1 (the product is within 2^-106
   of it). */
double acospi(double x)
{
	if (!(__builtin_fabs(x) <= 1)) {
		if (__builtin_isnan(x))
			return x + x;
		return __math_edom(__builtin_nan(""));
	}
	return dd_mul(acos_dd(x), (dd){ INVPI_HI, INVPI_LO }).hi;
}
