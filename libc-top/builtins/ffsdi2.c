#include "internal.h"

/* One plus the index of the lowest set bit, or 0 for 0. */
int __ffsdi2(i64 a)
{
	return a ? __builtin_ctzll((u64)a) + 1 : 0;
}
