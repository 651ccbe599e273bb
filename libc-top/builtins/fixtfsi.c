#include "convert.h"

i32 __fixtfsi(f128 x)
{
	return (i32)int_from_f128(f128_bits(x), 32, 1);
}
