#include "complex.h"

#define T f128
#define CT c128
#include "cdiv.h"

c128 __divtc3(f128 a, f128 b, f128 c, f128 d)
{
	if (isfinite_t(a) && isfinite_t(b) && isfinite_t(c) && isfinite_t(d) &&
	    !(iszero_t(c) && iszero_t(d)))
		return cdiv_scaled(a, b, c, d);
	return cdiv_special(a, b, c, d);
}
