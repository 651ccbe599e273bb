#include "internal.h"

/* The remainder takes the sign of the dividend (C11 6.5.5p6). */
i128 __modti3(i128 a, i128 b)
{
	u128 ua = a < 0 ? -(u128)a : (u128)a;
	u128 ub = b < 0 ? -(u128)b : (u128)b;
	u128 r;
	if (b == 0)
		__builtin_trap();
	udivmod128(ua, ub, &r);
	return (i128)(a < 0 ? -r : r);
}
