#include "libm_ld.h"

/* C23 F.10.12.2: totalorder of |*x| and |*y|. */
int totalordermagl(const long double *x, const long double *y)
{
	u128 mask = ((u128)1 << 127) - 1;
	return (asu128(*x) & mask) <= (asu128(*y) & mask);
}
