#include "libm.h"

/* The GNU name of exp10. */
__attribute__((__no_builtin__)) double pow10(double x)
{
	return exp10(x);
}
