#include "libm.h"

/* C23 7.12.12.9: as fmin. */
double fminimum_num(double x, double y)
{
	return fmin(x, y);
}
