#include "convert.h"

double __floatuntidf(u128 x)
{
	return f64_from_bits(fp_from_int(x, 0, 52, 11));
}
