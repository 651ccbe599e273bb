#include <limits.h>
#include "libm_ld.h"

/* Out of range or NaN is a domain error; the most negative value results. */
long long llrintl(long double x)
{
	long double r = ld_round_int(x, 4);
	if (!(r >= -0x1p63L && r < 0x1p63L))
		return errno = EDOM, LLONG_MIN;
	return (long long)r;
}
