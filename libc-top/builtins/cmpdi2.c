#include "internal.h"

/* 0, 1 or 2 as a is less than, equal to or greater than b. */
int __cmpdi2(i64 a, i64 b)
{
	return (a >= b) + (a > b);
}
