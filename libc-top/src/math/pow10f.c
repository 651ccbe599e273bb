#include "libm.h"

/* The GNU name of exp10f. */
__attribute__((__no_builtin__)) float pow10f(float x)
{
	return exp10f(x);
}
