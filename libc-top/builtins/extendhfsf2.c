#include "convert.h"

/* binary16 (__fp16, _Float16) passed as its encoding; __gnu_h2f_ieee is the
 * older name. */
float __extendhfsf2(u16 x)
{
	return f32_from_bits((u32)fp_convert(x, 10, 5, 23, 8));
}

float __gnu_h2f_ieee(u16 x) __attribute__((alias("__extendhfsf2")));
