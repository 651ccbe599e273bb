#include <errno.h>
#include <limits.h>
#include "libm.h"

/* Out of range or NaN is a domain error (C17 7.12.9.5, F.10.6.5); the
   result is then unspecified and this returns the most negative value. */
long lrintf(float x)
{
	float r = __builtin_rintf(x);
	if (!(r >= -0x1p31f && r < 0x1p31f))
		return errno = EDOM, LONG_MIN;
	return (long)r;
}
