#include "libm.h"

/* WebAssembly rounds only to nearest, ties to even, and raises no
   exceptions, so rint and nearbyint are both f64.nearest. */
double rint(double x)
{
	return __builtin_rint(x);
}
