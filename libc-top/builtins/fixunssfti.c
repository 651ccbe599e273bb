#include "convert.h"

u128 __fixunssfti(float x)
{
	return (u128)int_from_fp(f32_bits(x), 23, 8, 128, 0);
}
