#include "libm.h"

/* The only rounding mode is to nearest, ties to even. */
double roundeven(double x)
{
	return __builtin_rint(x);
}
