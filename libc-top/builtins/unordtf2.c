#include "binary128.h"

/* Nonzero when either operand is a NaN. */
int __unordtf2(f128 x, f128 y)
{
	return f128_compare(x, y) == 2;
}
