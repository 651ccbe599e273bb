#include "internal.h"

/* -ftrapv absolute value: traps on the most negative value. */
i64 __absvdi2(i64 a)
{
	if ((u64)a == (u64)1 << 63)
		__builtin_trap();
	return a < 0 ? -a : a;
}
