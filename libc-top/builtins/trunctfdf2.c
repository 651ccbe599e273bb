#include "convert.h"

double __trunctfdf2(f128 x)
{
	return f64_from_bits(fp_from_f128(f128_bits(x), 52, 11));
}
