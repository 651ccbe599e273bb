#include "convert.h"

u128 __fixunstfti(f128 x)
{
	return (u128)int_from_f128(f128_bits(x), 128, 0);
}
