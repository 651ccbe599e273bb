#include "internal.h"

/* Leading zero bits; 64 for 0. */
int __clzdi2(i64 a)
{
	return a ? __builtin_clzll((u64)a) : 64;
}
