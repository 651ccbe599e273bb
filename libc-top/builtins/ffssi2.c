#include "internal.h"

/* One plus the index of the lowest set bit, or 0 for 0. */
int __ffssi2(i32 a)
{
	return a ? __builtin_ctz((u32)a) + 1 : 0;
}
