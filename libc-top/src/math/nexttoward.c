#include "libm.h"

double nexttoward(double x, long double y)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return (double)(x + y);
	if (x == y)
		return (double)y;
	return nextafter(x, x < y ? __builtin_inf() : -__builtin_inf());
}
