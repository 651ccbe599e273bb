#include "internal.h"

/* Quotient, and the remainder through rem (C11 6.5.5p6). */
i64 __divmoddi4(i64 a, i64 b, i64 *rem)
{
	i64 q = a / b;
	*rem = a - q * b;
	return q;
}
