#include "binary128.h"

/* Negation flips the sign bit, NaN included (IEEE 754 5.5.1). */
f128 __negtf2(f128 x)
{
	return f128_from_bits(f128_bits(x) ^ F128_SIGN);
}
