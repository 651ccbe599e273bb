#include "internal.h"

/* 0, 1 or 2 as a is less than, equal to or greater than b. */
int __cmpti2(i128 a, i128 b)
{
	return (a >= b) + (a > b);
}
