#include "libm.h"

/* C23 7.12.12.7: the argument of lesser magnitude, else fminimum. */
float fminimum_magf(float x, float y)
{
	float ax = __builtin_fabsf(x), ay = __builtin_fabsf(y);
	if (ax < ay)
		return x;
	if (ay < ax)
		return y;
	return fminimumf(x, y);
}
