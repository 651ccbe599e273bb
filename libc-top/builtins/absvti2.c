#include "internal.h"

/* -ftrapv absolute value: traps on the most negative value. */
i128 __absvti2(i128 a)
{
	if ((u128)a == (u128)1 << 127)
		__builtin_trap();
	return a < 0 ? -a : a;
}
