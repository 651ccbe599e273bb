#include "convert.h"

f128 __floatunditf(u64 x)
{
	return f128_from_bits(f128_from_int(x, 0));
}
