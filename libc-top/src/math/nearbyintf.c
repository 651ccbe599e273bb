#include "libm.h"

/* WebAssembly rounds only to nearest, ties to even, and raises no
   exceptions, so rint and nearbyint are both f64.nearest. */
float nearbyintf(float x)
{
	return __builtin_rintf(x);
}
