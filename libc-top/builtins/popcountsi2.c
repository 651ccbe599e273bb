#include "internal.h"

int __popcountsi2(i32 a)
{
	return __builtin_popcount((u32)a);
}
