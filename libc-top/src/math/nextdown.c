#include "libm.h"

double nextdown(double x)
{
	return -nextup(-x);
}
