#include "libm_atan.h"

/* Special cases as C17 F.10.1.4 (atan2_abs in libm_atan.h). */
double atan2(double y, double x)
{
	dd r = atan2_abs(y, x);
	double v = r.hi + r.lo;
	return asuint64(y) >> 63 ? -v : v;
}
