#include "libm.h"

double ufromfpx(double x, int rnd, unsigned int width)
{
	return __fromfp(x, rnd, width, 1);
}
