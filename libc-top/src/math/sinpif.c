#include "libm.h"

/* The double function's result (within 0.6 ulp of double) rounds to
   within 0.51 ulp of float; narrowing reports its own underflow. */
__attribute__((__no_builtin__)) float sinpif(float x)
{
	return __math_narrow(sinpi(x));
}
