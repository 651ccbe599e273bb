#include "internal.h"

/* -ftrapv addition: traps when the sum does not fit. */
i64 __addvdi3(i64 a, i64 b)
{
	i64 s = (i64)((u64)a + (u64)b);
	if ((b < 0) != (s < a))
		__builtin_trap();
	return s;
}
