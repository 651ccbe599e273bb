#include "libm.h"

long double __lgammal_r(long double x, int *sign);

long double lgammal(long double x)
{
	return __lgammal_r(x, &signgam);
}
