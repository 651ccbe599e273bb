#include "convert.h"

u32 __fixunstfsi(f128 x)
{
	return (u32)int_from_f128(f128_bits(x), 32, 0);
}
