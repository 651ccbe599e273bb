#include "complex.h"

#define T double
#define CT _Complex double
#include "cdiv.h"

_Complex double __divdc3(double a, double b, double c, double d)
{
	if (isfinite_d(a) && isfinite_d(b) && isfinite_d(c) && isfinite_d(d) &&
	    !(iszero_d(c) && iszero_d(d)))
		return cdiv_scaled(a, b, c, d);
	return cdiv_special(a, b, c, d);
}
