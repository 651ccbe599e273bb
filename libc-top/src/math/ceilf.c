#include "libm.h"

float ceilf(float x)
{
	return __builtin_ceilf(x);
}
