#include "libm_ldfun.h"

/* Every long long is a long double: powl's, with its special cases
   (C23 F.10.4 gives pown those of pow for an integer y). */
long double pownl(long double x, long long n)
{
	return powl(x, (long double)n);
}
