#include "libm.h"

__attribute__((__no_builtin__)) void sincosf(float x, float *s, float *c)
{
	double ds, dc;
	sincos(x, &ds, &dc);
	*s = __math_narrow(ds);
	*c = __math_narrow(dc);
}
