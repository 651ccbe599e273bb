#include "libm.h"

long double scalblnl(long double x, long n)
{
	return scalbnl(x, n);
}
