#include "convert.h"

float __trunctfsf2(f128 x)
{
	return f32_from_bits((u32)fp_from_f128(f128_bits(x), 23, 8));
}
