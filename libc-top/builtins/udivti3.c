#include "internal.h"

u128 __udivti3(u128 a, u128 b)
{
	u128 r;
	if (b == 0)
		__builtin_trap();
	return udivmod128(a, b, &r);
}
