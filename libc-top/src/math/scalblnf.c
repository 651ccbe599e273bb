#include "libm.h"

/* long and int have the same width on wasm32. */
float scalblnf(float x, long n)
{
	return scalbnf(x, n);
}
