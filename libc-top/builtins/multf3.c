#include "binary128.h"

f128 __multf3(f128 x, f128 y)
{
	u128 a = f128_bits(x), b = f128_bits(y);
	u128 ma = a & ~F128_SIGN, mb = b & ~F128_SIGN;
	u128 sign = (a ^ b) & F128_SIGN;
	u128 ll, lh, hl, hh, mid, lo, hi;
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

	/* Both significands with bit 127 set: the product of the top 113 bits
	 * of each, a number of 225 or 226 bits, from four 64x64 products. */
	ma = f128_unpack(ma, &ea) >> 15;
	mb = f128_unpack(mb, &eb) >> 15;
	ll = mul64(lo64(ma), lo64(mb));
	lh = mul64(lo64(ma), hi64(mb));
	hl = mul64(hi64(ma), lo64(mb));
	hh = mul64(hi64(ma), hi64(mb));
	mid = lh + hl;
	lo = ll + (mid << 64);
	hi = hh + (mid >> 64) + (lo < ll);

	/* The product is in [2^224, 2^226), so its top bit is bit 97 or 96 of
	 * hi: keep 128 bits from bit 225 down, the rest as the sticky bit, and
	 * normalise by at most one place. */
	hi = hi << 30 | lo >> 98 | ((lo << 30) != 0);
	exp = ea + eb - F128_BIAS + 1;
	if (!(hi >> 127)) {
		hi <<= 1;
		exp--;
	}
	return f128_from_bits(f128_round_pack(sign, exp, hi));
}
