#include "internal.h"

/* -ftrapv subtraction: traps when the difference does not fit. */
i32 __subvsi3(i32 a, i32 b)
{
	i32 d = (i32)((u32)a - (u32)b);
	if ((b < 0) != (d > a))
		__builtin_trap();
	return d;
}
