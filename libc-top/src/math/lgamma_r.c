#include "libm.h"

double lgamma_r(double x, int *sign)
{
	return __lgamma_r(x, sign);
}
