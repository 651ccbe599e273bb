#include <limits.h>
#include "libm.h"

long llogb(double x)
{
	int e = ilogb(x);
	if (e == FP_ILOGBNAN)
		return FP_LLOGBNAN;
	return e == INT_MAX ? LONG_MAX : e;
}
