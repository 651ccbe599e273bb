#include <limits.h>
#include "libm.h"

long llogbf(float x)
{
	int e = ilogbf(x);
	if (e == FP_ILOGBNAN)
		return FP_LLOGBNAN;
	return e == INT_MAX ? LONG_MAX : e;
}
