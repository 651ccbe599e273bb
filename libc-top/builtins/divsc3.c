#include "complex.h"

#define T float
#define CT _Complex float
#include "cdiv.h"

/* For finite operands the textbook formula in double: the products of
 * floats are exact, nothing overflows or underflows (the squares of float
 * magnitudes stay well inside double's range), and each part is rounded
 * once to double and once to float, within a unit in the last place. */
_Complex float __divsc3(float a, float b, float c, float d)
{
	if (isfinite_f(a) && isfinite_f(b) && isfinite_f(c) && isfinite_f(d) &&
	    !(iszero_f(c) && iszero_f(d))) {
		double denom = (double)c * c + (double)d * d;
		double x = ((double)a * c + (double)b * d) / denom;
		double y = ((double)b * c - (double)a * d) / denom;
		return __builtin_complex((float)x, (float)y);
	}
	return cdiv_special(a, b, c, d);
}
