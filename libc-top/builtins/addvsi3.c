#include "internal.h"

/* -ftrapv addition: traps when the sum does not fit. */
i32 __addvsi3(i32 a, i32 b)
{
	i32 s = (i32)((u32)a + (u32)b);
	if ((b < 0) != (s < a))
		__builtin_trap();
	return s;
}
