#include "libm_ld.h"

long double fabsl(long double x)
{
	return asldouble(asu128(x) & ~LD_SIGN);
}
