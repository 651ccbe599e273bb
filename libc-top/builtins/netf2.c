#include "binary128.h"

/* Nonzero when x != y or the operands are unordered; 0 when equal. */
int __netf2(f128 x, f128 y)
{
	return f128_compare(x, y) != 0;
}
