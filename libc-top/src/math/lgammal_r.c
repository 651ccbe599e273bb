#include "libm.h"

long double __lgammal_r(long double x, int *sign);

long double lgammal_r(long double x, int *sign)
{
	return __lgammal_r(x, sign);
}
