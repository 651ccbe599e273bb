#include "libm.h"

double __dd_ldexp(dd r, int k)
{
	r = fast_two_sum(r.hi, r.lo);
	int e = (int)(asuint64(r.hi) >> 52 & 0x7ff) - 0x3ff;
	double s = asdouble((uint64_t)(0x3ff - e) << 52);
	double a = __builtin_fabs(r.hi) * s;
	double b = (r.hi < 0 ? -r.lo : r.lo) * s;
	double y = __math_scale(a, b, e + k);
	return r.hi < 0 ? -y : y;
}
