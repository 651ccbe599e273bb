#include "convert.h"

/* binary16 (__fp16, _Float16) passed as its encoding. */
f128 __extendhftf2(u16 x)
{
	return f128_from_bits(f128_from_fp(x, 10, 5));
}
