#include "binary128.h"

/* The sum of encodings a and b.  Subtraction shares it: b has its sign
 * flipped unless it is a NaN (gcc's soft-fp keeps a NaN's sign there), and
 * of two NaNs with the same fraction the second is returned (binary128.h). */
static inline u128 add(u128 a, u128 b, int subtract)
{
	u128 ma = a & ~F128_SIGN, mb = b & ~F128_SIGN, t, sig;
	i32 ea, eb;

	if (ma > F128_INF || mb > F128_INF)
		return f128_nan2(a, b, subtract);
	if (subtract)
		b ^= F128_SIGN;
	if (ma == F128_INF || mb == F128_INF) {
		if (ma == F128_INF && mb == F128_INF && a != b)
			return F128_DEFAULT_NAN;
		return ma == F128_INF ? a : b;
	}
	if (mb == 0) {
		/* -0 + -0 is -0; in round to nearest any other sum of zeros
		 * is +0 (IEEE 754 6.3). */
		return ma == 0 ? a & b : a;
	}
	if (ma == 0)
		return b;

	/* Let a be the operand of larger magnitude: it gives the sign, and the
	 * other is shifted right to align with it. */
	if (ma < mb) {
		t = a, a = b, b = t;
		t = ma, ma = mb, mb = t;
	}
	ea = (i32)(ma >> 112);
	eb = (i32)(mb >> 112);
	ma = (ma & F128_FRAC_MASK) | (ea ? F128_IMPLICIT : 0);
	mb = (mb & F128_FRAC_MASK) | (eb ? F128_IMPLICIT : 0);
	ea += !ea;
	eb += !eb;

	/* 14 guard bits below the significand and a free bit above for the
	 * carry.  When the exponents differ by 2 or more, at most one bit
	 * cancels, so the sticky bit stays below the rounding position; when
	 * they differ by less, the shift loses nothing. */
	ma <<= 14;
	mb = shr128_sticky(mb << 14, (unsigned)(ea - eb));
	if ((a ^ b) & F128_SIGN) {
		sig = ma - mb;
		if (sig == 0)
			return 0;
	} else {
		sig = ma + mb;
	}
	return f128_normalize_round_pack(a & F128_SIGN, ea + 1, sig);
}

f128 __addtf3(f128 x, f128 y)
{
	return f128_from_bits(add(f128_bits(x), f128_bits(y), 0));
}

f128 __subtf3(f128 x, f128 y)
{
	return f128_from_bits(add(f128_bits(x), f128_bits(y), 1));
}
