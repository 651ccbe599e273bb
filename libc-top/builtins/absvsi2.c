#include "internal.h"

/* -ftrapv absolute value: traps on the most negative value. */
i32 __absvsi2(i32 a)
{
	if ((u32)a == (u32)1 << 31)
		__builtin_trap();
	return a < 0 ? -a : a;
}
