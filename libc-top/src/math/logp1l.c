#include "libm.h"

/* C23 7.12.6: the same function as log1pl. */
long double logp1l(long double x)
{
	return log1pl(x);
}
