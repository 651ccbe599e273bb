#include "convert.h"

/* binary16 (__fp16, _Float16) returned as its encoding; __gnu_f2h_ieee is
 * the older name. */
u16 __truncsfhf2(float x)
{
	return (u16)fp_convert(f32_bits(x), 23, 8, 10, 5);
}

u16 __gnu_f2h_ieee(float x) __attribute__((alias("__truncsfhf2")));
