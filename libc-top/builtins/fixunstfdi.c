#include "convert.h"

u64 __fixunstfdi(f128 x)
{
	return (u64)int_from_f128(f128_bits(x), 64, 0);
}
