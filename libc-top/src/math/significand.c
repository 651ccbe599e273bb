#include "libm.h"

/* x scaled into [1, 2); zero, infinity and NaN are returned unchanged. */
double significand(double x)
{
	if (x == 0 || !__builtin_isfinite(x))
		return x;
	return scalbn(x, -ilogb(x));
}
