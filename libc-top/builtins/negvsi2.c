#include "internal.h"

/* -ftrapv negation: traps on the most negative value. */
i32 __negvsi2(i32 a)
{
	if ((u32)a == (u32)1 << 31)
		__builtin_trap();
	return -a;
}
