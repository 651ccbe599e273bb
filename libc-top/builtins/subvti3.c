#include "internal.h"

/* -ftrapv subtraction: traps when the difference does not fit. */
i128 __subvti3(i128 a, i128 b)
{
	i128 d = (i128)((u128)a - (u128)b);
	if ((b < 0) != (d > a))
		__builtin_trap();
	return d;
}
