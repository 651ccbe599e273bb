#include "libm.h"

/* exp(y log x) (C23 7.12.7), defined by its logarithm: the domain is
   x >= 0, and 0^0, inf^0 and 1^inf are domain errors where pow gives 1
   (F.10.4); zero to a finite negative power is a pole. Elsewhere pow's
   values, NaN arguments giving NaN. */
double powr(double x, double y)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (__builtin_signbit(x) && x != 0)
		return __math_edom(__builtin_nan(""));
	if (x == 0) {
		if (y == 0)
			return __math_edom(__builtin_nan(""));
		if (y > 0)
			return 0.0;
		if (y == -__builtin_inf())
			return __builtin_inf();
		return __math_erange(__builtin_inf());
	}
	if ((__builtin_isinf(x) && y == 0) || (x == 1 && __builtin_isinf(y)))
		return __math_edom(__builtin_nan(""));
	return pow(x, y);
}
