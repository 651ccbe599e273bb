#include "libm.h"

/* f64.sqrt is correctly rounded (IEEE 754 5.4.1). */
double sqrt(double x)
{
	if (x < 0)
		return __math_edom(__builtin_nan(""));
	return __builtin_sqrt(x);
}
