#include "libm.h"

__attribute__((__no_builtin__)) long double pow10l(long double x)
{
	return exp10l(x);
}
