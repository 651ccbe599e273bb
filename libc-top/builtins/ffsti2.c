#include "internal.h"

/* One plus the index of the lowest set bit, or 0 for 0. */
int __ffsti2(i128 a)
{
	u64 lo = lo64((u128)a), hi = hi64((u128)a);
	if (lo)
		return __builtin_ctzll(lo) + 1;
	return hi ? __builtin_ctzll(hi) + 65 : 0;
}
