#include "internal.h"

/* Trailing zero bits; 128 for 0. */
int __ctzti2(i128 a)
{
	u64 lo = lo64((u128)a), hi = hi64((u128)a);
	if (lo)
		return __builtin_ctzll(lo);
	return hi ? 64 + __builtin_ctzll(hi) : 128;
}
