#include "convert.h"

f128 __extendsftf2(float x)
{
	return f128_from_bits(f128_from_fp(f32_bits(x), 23, 8));
}
