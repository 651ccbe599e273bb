#include "internal.h"

/* Leading zero bits; 32 for 0. */
int __clzsi2(i32 a)
{
	return a ? __builtin_clz((u32)a) : 32;
}
