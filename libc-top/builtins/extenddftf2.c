#include "convert.h"

f128 __extenddftf2(double x)
{
	return f128_from_bits(f128_from_fp(f64_bits(x), 52, 11));
}
