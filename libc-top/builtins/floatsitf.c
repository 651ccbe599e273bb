#include "convert.h"

f128 __floatsitf(i32 x)
{
	return f128_from_bits(f128_from_int(x < 0 ? -(u128)x : (u128)x, x < 0));
}
