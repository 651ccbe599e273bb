#include "convert.h"

float __floattisf(i128 x)
{
	return f32_from_bits((u32)fp_from_int(x < 0 ? -(u128)x : (u128)x, x < 0, 23, 8));
}
