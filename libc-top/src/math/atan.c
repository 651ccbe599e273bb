#include "libm.h"

double atan(double x)
{
	double a = __builtin_fabs(x);
	if (a < 0x1p-27 || __builtin_isnan(x))
		return x + 0 * x;
	dd r = __atan_dd((dd){ a, 0 });
	double y = r.hi + r.lo;
	return x < 0 ? -y : y;
}
