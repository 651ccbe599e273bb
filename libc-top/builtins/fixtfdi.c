#include "convert.h"

i64 __fixtfdi(f128 x)
{
	return (i64)int_from_f128(f128_bits(x), 64, 1);
}
