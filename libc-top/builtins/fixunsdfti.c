#include "convert.h"

u128 __fixunsdfti(double x)
{
	return (u128)int_from_fp(f64_bits(x), 52, 11, 128, 0);
}
