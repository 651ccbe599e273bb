#include "internal.h"

/* -ftrapv addition: traps when the sum does not fit. */
i128 __addvti3(i128 a, i128 b)
{
	i128 s = (i128)((u128)a + (u128)b);
	if ((b < 0) != (s < a))
		__builtin_trap();
	return s;
}
