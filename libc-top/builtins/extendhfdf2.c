#include "convert.h"

/* binary16 (__fp16, _Float16) passed as its encoding. */
double __extendhfdf2(u16 x)
{
	return f64_from_bits(fp_convert(x, 10, 5, 52, 11));
}
