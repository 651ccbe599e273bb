#include "libm.h"

/* x^2 + y^2 and its square root in double carry relative errors of 2^-53
   each, so the one narrowing is within 0.51 ulp of float; nothing can
   overflow in double. */
float hypotf(float x, float y)
{
	if (__builtin_isinf(x) || __builtin_isinf(y))
		return __builtin_inff();
	double dx = x, dy = y;
	return __math_narrow(__builtin_sqrt(dx * dx + dy * dy));
}
