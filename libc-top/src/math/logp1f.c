#include "libm.h"

/* C23 7.12.6: the same function as log1pf. */
float logp1f(float x)
{
	return log1pf(x);
}
