#include "libm.h"

/* C23 7.12.12.6: the argument of greater magnitude, else fmaximum. */
float fmaximum_magf(float x, float y)
{
	float ax = __builtin_fabsf(x), ay = __builtin_fabsf(y);
	if (ax > ay)
		return x;
	if (ay > ax)
		return y;
	return fmaximumf(x, y);
}
