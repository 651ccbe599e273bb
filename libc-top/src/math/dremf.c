#include "libm.h"

/* The historical BSD name of remainderf. */
float dremf(float x, float y)
{
	return remainderf(x, y);
}
