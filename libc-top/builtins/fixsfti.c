#include "convert.h"

i128 __fixsfti(float x)
{
	return (i128)int_from_fp(f32_bits(x), 23, 8, 128, 1);
}
