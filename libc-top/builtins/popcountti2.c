#include "internal.h"

int __popcountti2(i128 a)
{
	return __builtin_popcountll(lo64((u128)a)) + __builtin_popcountll(hi64((u128)a));
}
