#include "libm_atan.h"

/* atan(x)/pi (C23 7.12.4.9): atan as a double-double times 1/pi as one;
   atanpi(+-inf) is +-1/2. */
double atanpi(double x)
{
	double a = __builtin_fabs(x);
	if (__builtin_isnan(x))
		return x + x;
	if (a < 0x1p-900)
		return dd_mul_tiny(x, (dd){ INVPI_HI, INVPI_LO });
	dd r = dd_mul(__atan_dd((dd){ a, 0 }), (dd){ INVPI_HI, INVPI_LO });
	return x < 0 ? -r.hi : r.hi;
}
