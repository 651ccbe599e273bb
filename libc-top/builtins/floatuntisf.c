#include "convert.h"

float __floatuntisf(u128 x)
{
	return f32_from_bits((u32)fp_from_int(x, 0, 23, 8));
}
