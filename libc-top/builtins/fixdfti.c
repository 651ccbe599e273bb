#include "convert.h"

i128 __fixdfti(double x)
{
	return (i128)int_from_fp(f64_bits(x), 52, 11, 128, 1);
}
