#include "convert.h"

/* binary16 (__fp16, _Float16) returned as its encoding. */
u16 __trunctfhf2(f128 x)
{
	return (u16)fp_from_f128(f128_bits(x), 10, 5);
}
