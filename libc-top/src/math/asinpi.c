#include "libm_atan.h"

/* asin(x)/pi (C23 7.12.4.8): asin as a double-double times 1/pi as one,
   so that only the last step rounds. */
double asinpi(double x)
{
	double a = __builtin_fabs(x);
	if (!(a < 1)) {
		if (a == 1)
			return __builtin_copysign(0.5, x);
		if (__builtin_isnan(x))
			return x + x;
		return __math_edom(__builtin_nan(""));
	}
	if (a < 0x1p-900)
		return dd_mul_tiny(x, (dd){ INVPI_HI, INVPI_LO });
	dd r = dd_mul(asin_dd(a), (dd){ INVPI_HI, INVPI_LO });
	return x < 0 ? -r.hi : r.hi;
}
