#include "internal.h"

/* -ftrapv multiplication: traps when the product does not fit. */
i128 __muloti4(i128 a, i128 b, int *overflow);

i128 __mulvti3(i128 a, i128 b)
{
	int overflow;
	i128 p = __muloti4(a, b, &overflow);
	if (overflow)
		__builtin_trap();
	return p;
}
