#include "internal.h"

/* -ftrapv multiplication: traps when the product does not fit. */
i64 __mulodi4(i64 a, i64 b, int *overflow);

i64 __mulvdi3(i64 a, i64 b)
{
	int overflow;
	i64 p = __mulodi4(a, b, &overflow);
	if (overflow)
		__builtin_trap();
	return p;
}
