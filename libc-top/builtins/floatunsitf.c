#include "convert.h"

f128 __floatunsitf(u32 x)
{
	return f128_from_bits(f128_from_int(x, 0));
}
