#include "libm_ld.h"

long double copysignl(long double x, long double y)
{
	return asldouble((asu128(x) & ~LD_SIGN) | (asu128(y) & LD_SIGN));
}
