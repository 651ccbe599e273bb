#include "libm.h"

/* C23 7.12.12.8: as fmax. */
double fmaximum_num(double x, double y)
{
	return fmax(x, y);
}
