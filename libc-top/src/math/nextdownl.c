#include "libm.h"

long double nextdownl(long double x)
{
	return -nextupl(-x);
}
