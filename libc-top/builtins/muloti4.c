#include "internal.h"

/* a * b wrapped to 128 bits; *overflow tells whether the exact product fits. */
i128 __muloti4(i128 a, i128 b, int *overflow)
{
	u128 ua = a < 0 ? -(u128)a : (u128)a;
	u128 ub = b < 0 ? -(u128)b : (u128)b;
	int negative = (a < 0) != (b < 0);
	int over;
	u128 p;

	/* |a|*|b| = ah*bh*2^128 + (ah*bl + al*bh)*2^64 + al*bl. */
	if (hi64(ua) && hi64(ub)) {
		over = 1;
		p = mul128(ua, ub);
	} else {
		u128 cross = mul64(hi64(ua), lo64(ub)) + mul64(lo64(ua), hi64(ub));
		u128 top = cross << 64;
		p = mul64(lo64(ua), lo64(ub)) + top;
		over = hi64(cross) != 0 || p < top;
	}
	/* The magnitude limit is 2^127 - 1, or 2^127 for a negative result. */
	over |= p > ((u128)1 << 127) - 1 + negative;
	*overflow = over;
	return (i128)(negative ? -p : p);
}
