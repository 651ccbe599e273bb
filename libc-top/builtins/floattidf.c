#include "convert.h"

double __floattidf(i128 x)
{
	return f64_from_bits(fp_from_int(x < 0 ? -(u128)x : (u128)x, x < 0, 52, 11));
}
