#include "libm.h"

__attribute__((__no_builtin__)) float ynf(int n, float x)
{
	return __math_narrow(yn(n, x));
}
