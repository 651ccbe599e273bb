#include "libm.h"

double y1(double x)
{
	if (__builtin_isnan(x))
		return x + x;
	if (x < 0)
		return __math_edom(__builtin_nan(""));
	if (x == 0)
		return __math_erange(-__builtin_inf());
	if (x == __builtin_inf())
		return 0.0;
	if (x < 0x1p-60) {
		/* Y1(x) = -2/(pi x) + O(x log x). */
		double y = -0x1.45f306dc9c883p-1 / x;
		return __builtin_isinf(y) ? __math_erange(y) : y;
	}
	return __bessel_y(1, x);
}
