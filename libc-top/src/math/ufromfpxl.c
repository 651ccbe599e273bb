#include "libm_ld.h"

long double ufromfpxl(long double x, int rnd, unsigned int width)
{
	return __fromfpl(x, rnd, width, 1);
}
