#include "libm.h"

/* The only rounding mode is to nearest, ties to even. */
float roundevenf(float x)
{
	return __builtin_rintf(x);
}
