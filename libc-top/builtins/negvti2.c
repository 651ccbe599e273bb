#include "internal.h"

/* -ftrapv negation: traps on the most negative value. */
i128 __negvti2(i128 a)
{
	if ((u128)a == (u128)1 << 127)
		__builtin_trap();
	return -a;
}
