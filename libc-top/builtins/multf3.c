#include "binary128.h"

#define M29 (((u64)1 << 29) - 1)

f128 __multf3(f128 x, f128 y)
{
	u128 a = f128_bits(x), b = f128_bits(y);
	u128 ma = a & ~F128_SIGN, mb = b & ~F128_SIGN;
	u128 sign = (a ^ b) & F128_SIGN;
	u64 a0, a1, a2, a3, b0, b1, b2, b3, t, r0, r1, r2, r3, r4, r5;
	u128 hi;
	i32 ea, eb, exp;

	if (ma >= F128_INF || mb >= F128_INF) {
		if (ma > F128_INF || mb > F128_INF)
			return f128_from_bits(f128_nan2(a, b, 0));
		if (ma == 0 || mb == 0)
			return f128_from_bits(F128_DEFAULT_NAN);
		return f128_from_bits(sign | F128_INF);
	}
	if (ma == 0 || mb == 0)
		return f128_from_bits(sign);

	/* Both significands as 113-bit integers, cut into four 29-bit limbs:
	 * the 16 limb products have 58 bits, so each column of the product
	 * sums without carries in 64 bits, and one pass propagates them. */
	ma = f128_unpack(ma, &ea) >> 15;
	mb = f128_unpack(mb, &eb) >> 15;
	a0 = lo64(ma) & M29, a1 = lo64(ma) >> 29 & M29;
	a2 = (u64)(ma >> 58) & M29, a3 = (u64)(ma >> 87);
	b0 = lo64(mb) & M29, b1 = lo64(mb) >> 29 & M29;
	b2 = (u64)(mb >> 58) & M29, b3 = (u64)(mb >> 87);
	t = a0 * b0;
	r0 = t & M29;
	t = (t >> 29) + a0 * b1 + a1 * b0;
	r1 = t & M29;
	t = (t >> 29) + a0 * b2 + a1 * b1 + a2 * b0;
	r2 = t & M29;
	t = (t >> 29) + a0 * b3 + a1 * b2 + a2 * b1 + a3 * b0;
	r3 = t & M29;
	t = (t >> 29) + a1 * b3 + a2 * b2 + a3 * b1;
	r4 = t & M29;
	t = (t >> 29) + a2 * b3 + a3 * b2;
	r5 = t & M29;
	t = (t >> 29) + a3 * b3;

	/* The product, below 2^226, is t * 2^174 + r5 * 2^145 + ... + r0:
	 * keep its bits from 225 down to 98 and the rest as the sticky bit. */
	hi = (u128)t << 76 | (u128)r5 << 47 | (u128)r4 << 18 | r3 >> 11;
	hi |= (r3 & 0x7ff) != 0 || r2 != 0 || r1 != 0 || r0 != 0;
	exp = ea + eb - F128_BIAS + 1;
	if (!(hi >> 127)) {
		hi <<= 1;
		exp--;
	}
	return f128_from_bits(f128_round_pack(sign, exp, hi));
}
