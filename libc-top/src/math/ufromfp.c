#include "libm.h"

double ufromfp(double x, int rnd, unsigned int width)
{
	return __fromfp(x, rnd, width, 1);
}
