#include "internal.h"

/* Quotient, and the remainder through rem when it is not null. */
u64 __udivmoddi4(u64 a, u64 b, u64 *rem)
{
	if (rem)
		*rem = a % b;
	return a / b;
}
