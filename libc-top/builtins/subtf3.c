#include "binary128.h"

f128 __addtf3(f128 x, f128 y);

/* x + (-y), except that a NaN y keeps its sign, as gcc's soft-fp does. */
f128 __subtf3(f128 x, f128 y)
{
	u128 b = f128_bits(y);
	if ((b & ~F128_SIGN) <= F128_INF)
		b ^= F128_SIGN;
	return __addtf3(x, f128_from_bits(b));
}
