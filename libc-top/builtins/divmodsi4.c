#include "internal.h"

/* Quotient, and the remainder through rem (C11 6.5.5p6). */
i32 __divmodsi4(i32 a, i32 b, i32 *rem)
{
	i32 q = a / b;
	*rem = a - q * b;
	return q;
}
