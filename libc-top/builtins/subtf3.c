#include "binary128.h"

f128 __addtf3(f128 x, f128 y);

/* x + (-y), except with NaNs: a NaN y keeps its sign, and of two NaNs with
 * the same fraction y is the one returned (see binary128.h). */
f128 __subtf3(f128 x, f128 y)
{
	u128 a = f128_bits(x), b = f128_bits(y);
	if (f128_isnan(a) || f128_isnan(b))
		return f128_from_bits(f128_nan2(a, b, 1));
	return __addtf3(x, f128_from_bits(b ^ F128_SIGN));
}
