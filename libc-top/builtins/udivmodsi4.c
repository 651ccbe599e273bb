#include "internal.h"

/* Quotient, and the remainder through rem when it is not null. */
u32 __udivmodsi4(u32 a, u32 b, u32 *rem)
{
	if (rem)
		*rem = a % b;
	return a / b;
}
