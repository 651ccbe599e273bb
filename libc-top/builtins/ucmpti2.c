#include "internal.h"

/* 0, 1 or 2 as a is less than, equal to or greater than b. */
int __ucmpti2(u128 a, u128 b)
{
	return (a >= b) + (a > b);
}
