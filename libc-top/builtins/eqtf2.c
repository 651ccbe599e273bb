#include "binary128.h"

/* 0 when x == y; 1 otherwise, unordered operands included. */
int __eqtf2(f128 x, f128 y)
{
	return f128_compare(x, y) != 0;
}
