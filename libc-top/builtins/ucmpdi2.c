#include "internal.h"

/* 0, 1 or 2 as a is less than, equal to or greater than b. */
int __ucmpdi2(u64 a, u64 b)
{
	return (a >= b) + (a > b);
}
