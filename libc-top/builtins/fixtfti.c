#include "convert.h"

i128 __fixtfti(f128 x)
{
	return (i128)int_from_f128(f128_bits(x), 128, 1);
}
