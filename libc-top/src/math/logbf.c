#include "libm.h"

float logbf(float x)
{
	if (!__builtin_isfinite(x))
		return x * x;
	if (x == 0)
		return __math_erangef(-__builtin_inff());
	return ilogbf(x);
}
