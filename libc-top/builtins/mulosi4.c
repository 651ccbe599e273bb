#include "internal.h"

/* a * b wrapped to 32 bits; *overflow tells whether the exact product fits. */
i32 __mulosi4(i32 a, i32 b, int *overflow)
{
	i64 p = (i64)a * b;
	*overflow = p != (i32)p;
	return (i32)p;
}
