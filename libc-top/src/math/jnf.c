#include "libm.h"

__attribute__((__no_builtin__)) float jnf(int n, float x)
{
	return __math_narrow(jn(n, x));
}
