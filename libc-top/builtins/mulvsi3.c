#include "internal.h"

/* -ftrapv multiplication: traps when the product does not fit. */
i32 __mulvsi3(i32 a, i32 b)
{
	i64 p = (i64)a * b;
	if (p != (i32)p)
		__builtin_trap();
	return (i32)p;
}
