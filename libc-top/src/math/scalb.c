#include "libm.h"

/* The obsolete X/Open form of scalbn with a floating-point exponent: a
   non-integral exponent is a domain error, and +-inf exponents scale to
   infinity or zero as the limits suggest. */
double scalb(double x, double n)
{
	if (__builtin_isnan(x) || __builtin_isnan(n))
		return x * n;
	if (__builtin_isinf(n)) {
		if (n > 0 ? x == 0 : __builtin_isinf(x))
			return __math_edom(__builtin_nan(""));
		return n > 0 ? x * n : x / -n;
	}
	if (__builtin_rint(n) != n)
		return __math_edom(__builtin_nan(""));
	if (n > 65000)
		return scalbn(x, 65000);
	if (n < -65000)
		return scalbn(x, -65000);
	return scalbn(x, (int)n);
}
