#include <limits.h>
#include "libm.h"

long llogbl(long double x)
{
	int e = ilogbl(x);
	if (e == FP_ILOGBNAN)
		return FP_LLOGBNAN;
	return e == INT_MAX ? LONG_MAX : e;
}
