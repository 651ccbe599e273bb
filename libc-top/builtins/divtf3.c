#include "binary128.h"

/* One 64-bit digit of n * 2^64 / d, for d with bit 127 set and n < d; n is
 * replaced by the remainder.  Knuth's algorithm D (TAOCP 4.3.1) with base
 * 2^64: the estimate from the top digits is at most 2 too large. */
static u64 quotient_digit(u128 *n, u128 d)
{
	u64 n1 = hi64(*n), n0 = lo64(*n), d1 = hi64(d), d0 = lo64(d), r, r0;
	u64 q = ~(u64)0;
	u128 p0, ptop, rtop;

	if (n1 < d1)
		q = div128by64(n1, n0, d1, &r);
	/* (rtop:r0) = (n:0) - q * (d1:d0), modulo 2^192. */
	p0 = mul64(q, d0);
	ptop = mul64(q, d1) + hi64(p0);
	r0 = -lo64(p0);
	rtop = *n - ptop - (lo64(p0) != 0);
	if (*n < ptop || (*n == ptop && lo64(p0))) {
		/* Negative: add d back until the sum carries out of the top. */
		do {
			u128 t;
			q--;
			r0 += d0;
			t = rtop + d1 + (r0 < d0);
			if (t < rtop) {
				rtop = t;
				break;
			}
			rtop = t;
		} while (1);
	}
	*n = U128_C(lo64(rtop), r0);
	return q;
}

f128 __divtf3(f128 x, f128 y)
{
	u128 a = f128_bits(x), b = f128_bits(y);
	u128 ma = a & ~F128_SIGN, mb = b & ~F128_SIGN;
	u128 sign = (a ^ b) & F128_SIGN;
	u128 q;
	u64 q1, q0;
	i32 ea, eb;

	if (ma >= F128_INF || mb >= F128_INF) {
		if (ma > F128_INF || mb > F128_INF)
			return f128_from_bits(f128_nan2(a, b, 1));
		if (ma == mb)
			return f128_from_bits(F128_DEFAULT_NAN);
		return f128_from_bits(ma == F128_INF ? sign | F128_INF : sign);
	}
	if (mb == 0)
		return f128_from_bits(ma ? sign | F128_INF : F128_DEFAULT_NAN);
	if (ma == 0)
		return f128_from_bits(sign);

	/* With both significands at bit 127 and the dividend halved when it
	 * is the larger, ma / mb lies in [1/2, 1) and the 128-bit quotient
	 * ma * 2^128 / mb has bit 127 set: 113 bits, 15 to round with, and
	 * the remainder for the sticky bit. */
	ma = f128_unpack(ma, &ea);
	mb = f128_unpack(mb, &eb);
	if (ma >= mb) {
		ma >>= 1;
		ea++;
	}
	q1 = quotient_digit(&ma, mb);
	q0 = quotient_digit(&ma, mb);
	q = U128_C(q1, q0) | (ma != 0);
	return f128_from_bits(f128_round_pack(sign, ea - eb + F128_BIAS - 1, q));
}
