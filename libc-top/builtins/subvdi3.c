#include "internal.h"

/* -ftrapv subtraction: traps when the difference does not fit. */
i64 __subvdi3(i64 a, i64 b)
{
	i64 d = (i64)((u64)a - (u64)b);
	if ((b < 0) != (d > a))
		__builtin_trap();
	return d;
}
