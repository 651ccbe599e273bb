#include "internal.h"

int __popcountdi2(i64 a)
{
	return __builtin_popcountll((u64)a);
}
