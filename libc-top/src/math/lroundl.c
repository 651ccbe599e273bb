#include <limits.h>
#include "libm_ld.h"

/* Out of range or NaN is a domain error; the most negative value results. */
long lroundl(long double x)
{
	long double r = ld_round_int(x, 3);
	if (!(r >= -0x1p31L && r < 0x1p31L))
		return errno = EDOM, LONG_MIN;
	return (long)r;
}
