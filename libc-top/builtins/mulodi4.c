#include "internal.h"

/* a * b wrapped to 64 bits; *overflow tells whether the exact product fits. */
i64 __mulodi4(i64 a, i64 b, int *overflow)
{
	u64 ua = a < 0 ? -(u64)a : (u64)a;
	u64 ub = b < 0 ? -(u64)b : (u64)b;
	int negative = (a < 0) != (b < 0);
	u128 p = mul64(ua, ub);
	*overflow = hi64(p) != 0 || lo64(p) > ((u64)1 << 63) - 1 + negative;
	return (i64)(negative ? -lo64(p) : lo64(p));
}
