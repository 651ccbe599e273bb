#include <errno.h>
#include <limits.h>
#include "libm.h"

/* Out of range or NaN is a domain error (C17 7.12.9.5, F.10.6.5); the
   result is then unspecified and this returns the most negative value. */
long long llroundf(float x)
{
	float r = roundf(x);
	if (!(r >= -0x1p63f && r < 0x1p63f))
		return errno = EDOM, LLONG_MIN;
	return (long long)r;
}
