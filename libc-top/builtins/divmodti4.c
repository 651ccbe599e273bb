#include "internal.h"

/* Truncating quotient, and the remainder (sign of the dividend) through rem
 * when it is not null. */
i128 __divmodti4(i128 a, i128 b, i128 *rem)
{
	u128 ua = a < 0 ? -(u128)a : (u128)a;
	u128 ub = b < 0 ? -(u128)b : (u128)b;
	u128 r, q;
	if (b == 0)
		__builtin_trap();
	q = udivmod128(ua, ub, &r);
	if (rem)
		*rem = (i128)(a < 0 ? -r : r);
	return (i128)((a < 0) != (b < 0) ? -q : q);
}
