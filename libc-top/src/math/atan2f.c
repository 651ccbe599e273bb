#include "libm.h"

/* Computed in double and rounded once more (within 0.51 ulp of float). */
__attribute__((__no_builtin__)) float atan2f(float x, float y)
{
	return __math_narrow(atan2(x, y));
}
