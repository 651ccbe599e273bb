#include "internal.h"

/* Unsigned quotient, and the remainder through rem when it is not null. */
u128 __udivmodti4(u128 a, u128 b, u128 *rem)
{
	u128 r, q;
	if (b == 0)
		__builtin_trap();
	q = udivmod128(a, b, &r);
	if (rem)
		*rem = r;
	return q;
}
