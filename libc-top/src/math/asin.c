#include "libm_atan.h"

double asin(double x)
{
	double a = __builtin_fabs(x);
	if (!(a < 1)) {
		if (a == 1)
			return x * PIO2_HI + x * PIO2_LO;
		if (__builtin_isnan(x))
			return x + x;
		return __math_edom(__builtin_nan(""));
	}
	if (a < 0x1p-26)
		return x;
	dd r = asin_dd(a);
	double y = r.hi + r.lo;
	return x < 0 ? -y : y;
}
