#include "libm.h"

double fromfpx(double x, int rnd, unsigned int width)
{
	return __fromfp(x, rnd, width, 0);
}
