#include "libm.h"

/* x*y is exact in double. The sum is rounded to odd (Boldo and Melquiond,
   2008): when it is inexact its last bit is forced to 1, so the one
   rounding to float that follows is the correct rounding of the exact
   x*y + z. */
float fmaf(float x, float y, float z)
{
	double p = (double)x * y;
	dd s = two_sum(p, z);
	uint64_t u = asuint64(s.hi);
	if (s.lo != 0 && !(u & 1) && __builtin_isfinite(s.hi)) {
		if ((s.lo > 0) == (s.hi > 0))
			u++;
		else
			u--;
		s.hi = asdouble(u);
	}
	return __math_narrow(s.hi);
}
