#include "libm.h"

double fromfp(double x, int rnd, unsigned int width)
{
	return __fromfp(x, rnd, width, 0);
}
