#include "libm.h"

/* The historical BSD name of remainder. */
double drem(double x, double y)
{
	return remainder(x, y);
}
