#include "internal.h"

/* -ftrapv negation: traps on the most negative value. */
i64 __negvdi2(i64 a)
{
	if ((u64)a == (u64)1 << 63)
		__builtin_trap();
	return -a;
}
