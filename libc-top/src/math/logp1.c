#include "libm.h"

/* C23 7.12.6: the same function as log1p. */
double logp1(double x)
{
	return log1p(x);
}
