#include "libm.h"

/* logb(0) is a pole error (C17 7.12.6.11, F.10.3.11). */
double logb(double x)
{
	if (!__builtin_isfinite(x))
		return x * x;
	if (x == 0)
		return __math_erange(-__builtin_inf());
	return ilogb(x);
}
