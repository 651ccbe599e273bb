#include "libm.h"

/* long and int have the same width on wasm32. */
double scalbln(double x, long n)
{
	return scalbn(x, n);
}
