#include "libm_ld.h"

long double fromfpxl(long double x, int rnd, unsigned int width)
{
	return __fromfpl(x, rnd, width, 0);
}
