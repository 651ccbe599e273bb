#include "libm.h"

/* log(x)/ln2 in double-double, rounded once: exact at powers of two. */
double log2(double x)
{
	uint64_t ix = asuint64(x);
	if (ix - 0x0010000000000000 >= 0x7ff0000000000000 - 0x0010000000000000) {
		if ((ix << 1) == 0)
			return __math_erange(-__builtin_inf());
		if (__builtin_isnan(x) || x == __builtin_inf())
			return x + x;
		if (ix >> 63)
			return __math_edom(__builtin_nan(""));
	}
	dd l = __log_dd(x);
	dd p = two_prod(l.hi, 0x1.71547652b82fep+0);
	return p.hi + (p.lo + l.hi * 0x1.777d0ffda0d24p-56 + l.lo * 0x1.71547652b82fep+0);
}
