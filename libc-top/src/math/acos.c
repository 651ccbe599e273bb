#include "libm_atan.h"

double acos(double x)
{
	if (!(__builtin_fabs(x) <= 1)) {
		if (__builtin_isnan(x))
			return x + x;
		return __math_edom(__builtin_nan(""));
	}
	dd r = acos_dd(x);
	return r.hi + r.lo;
}
