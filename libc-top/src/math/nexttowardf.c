#include "libm.h"

float nexttowardf(float x, long double y)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return (float)(x + y);
	if (x == y)
		return (float)y;
	return nextafterf(x, x < y ? __builtin_inff() : -__builtin_inff());
}
