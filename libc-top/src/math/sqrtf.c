#include "libm.h"

float sqrtf(float x)
{
	if (x < 0)
		return __math_edomf(__builtin_nanf(""));
	return __builtin_sqrtf(x);
}
