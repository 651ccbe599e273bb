#include "libm.h"

float significandf(float x)
{
	if (x == 0 || !__builtin_isfinite(x))
		return x;
	return scalbnf(x, -ilogbf(x));
}
