#include "libm.h"

/* x * 2^n is exact in double for every float x and |n| <= 300, so one
   narrowing rounds it once. */
float scalbnf(float x, int n)
{
	if (n > 300)
		n = 300;
	if (n < -300)
		n = -300;
	double y = (double)x * asdouble((uint64_t)(0x3ff + n) << 52);
	return __math_narrow(y);
}
