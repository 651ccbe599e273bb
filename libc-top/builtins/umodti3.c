#include "internal.h"

u128 __umodti3(u128 a, u128 b)
{
	u128 r;
	if (b == 0)
		__builtin_trap();
	udivmod128(a, b, &r);
	return r;
}
