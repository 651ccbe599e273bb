#include "libm.h"

/* Exact in double, and the remainder is representable in float. */
float remquof(float x, float y, int *quo)
{
	return (float)remquo(x, y, quo);
}
