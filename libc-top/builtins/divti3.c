#include "internal.h"

/* Truncating division (C11 6.5.5p6); the magnitudes are divided unsigned,
 * which also gives the wrapped result for INT128_MIN / -1. */
i128 __divti3(i128 a, i128 b)
{
	u128 ua = a < 0 ? -(u128)a : (u128)a;
	u128 ub = b < 0 ? -(u128)b : (u128)b;
	u128 r, q;
	if (b == 0)
		__builtin_trap();
	q = udivmod128(ua, ub, &r);
	return (i128)((a < 0) != (b < 0) ? -q : q);
}
