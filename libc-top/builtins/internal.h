/* Shared integer helpers of the compiler builtins.
 *
 * The builtins implement operations the compiler cannot express in wasm
 * instructions, so the code here must never need them itself: on wasm32 a
 * multiply, a division or a variable shift of an `__int128` becomes a call
 * to __multi3, __udivti3 or __ashlti3.  Only additions, subtractions,
 * comparisons, bitwise operations and shifts by a constant of u128 values
 * are used directly; everything else goes through the 64-bit helpers below.
 *
 * No libc header is included: the types come from the compiler's own macros,
 * so the same files also build for the host (see tests/builtins/README.md).
 */
#ifndef BUILTINS_INTERNAL_H
#define BUILTINS_INTERNAL_H

typedef __UINT16_TYPE__ u16;
typedef __INT32_TYPE__ i32;
typedef __UINT32_TYPE__ u32;
typedef __INT64_TYPE__ i64;
typedef __UINT64_TYPE__ u64;
typedef __int128 i128;
typedef unsigned __int128 u128;

#define U128_C(hi, lo) ((u128)(u64)(hi) << 64 | (u64)(lo))

static inline u64 hi64(u128 x)
{
	return (u64)(x >> 64);
}

static inline u64 lo64(u128 x)
{
	return (u64)x;
}

/* Count of leading zero bits; x must not be 0. */
static inline int clz128(u128 x)
{
	return hi64(x) ? __builtin_clzll(hi64(x)) : 64 + __builtin_clzll(lo64(x));
}

/* x << n and x >> n for 0 <= n < 128. */
static inline u128 shl128(u128 x, unsigned n)
{
	if (n == 0)
		return x;
	if (n >= 64)
		return U128_C(lo64(x) << (n - 64), 0);
	return U128_C(hi64(x) << n | lo64(x) >> (64 - n), lo64(x) << n);
}

static inline u128 shr128(u128 x, unsigned n)
{
	if (n == 0)
		return x;
	if (n >= 64)
		return hi64(x) >> (n - 64);
	return U128_C(hi64(x) >> n, lo64(x) >> n | hi64(x) << (64 - n));
}

static inline i128 sar128(i128 x, unsigned n)
{
	i64 h = (i64)hi64((u128)x);
	if (n == 0)
		return x;
	if (n >= 64)
		return (i128)(h >> (n - 64));
	return (i128)U128_C(h >> n, lo64((u128)x) >> n | (u64)h << (64 - n));
}

/* x >> n for any n, with every bit shifted out ORed into bit 0, so that a
 * rounding step still sees that the value was not exact. */
static inline u128 shr128_sticky(u128 x, unsigned n)
{
	if (n == 0)
		return x;
	if (n >= 128)
		return x != 0;
	return shr128(x, n) | (shl128(x, 128 - n) != 0);
}

/* The full product of two 64-bit numbers, from four 32x32->64 products
 * (wasm has i64.mul but no high-half multiply). */
static inline u128 mul64(u64 a, u64 b)
{
	u64 a0 = (u32)a, a1 = a >> 32, b0 = (u32)b, b1 = b >> 32;
	u64 p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
	u64 mid = (p00 >> 32) + (u32)p01 + (u32)p10;
	return U128_C(p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32),
	              mid << 32 | (u32)p00);
}

/* The low 128 bits of a * b. */
static inline u128 mul128(u128 a, u128 b)
{
	u128 p = mul64(lo64(a), lo64(b));
	u64 cross = lo64(a) * hi64(b) + hi64(a) * lo64(b);
	return p + ((u128)cross << 64);
}

/* (hi:lo) / d and its remainder, where hi < d so that the quotient fits in
 * 64 bits.  Knuth's algorithm D (TAOCP 4.3.1) with 32-bit digits: each
 * quotient digit is estimated from a 64/32 division and corrected at most
 * twice. */
static inline u64 div128by64(u64 hi, u64 lo, u64 d, u64 *rem)
{
	int s = __builtin_clzll(d);
	u64 dn1, dn0, un32, un1, un0, un21, q1, q0, rhat;

	d <<= s;
	dn1 = d >> 32;
	dn0 = (u32)d;
	un32 = s ? hi << s | lo >> (64 - s) : hi;
	lo <<= s;
	un1 = lo >> 32;
	un0 = (u32)lo;

	q1 = un32 / dn1;
	rhat = un32 - q1 * dn1;
	while (q1 >> 32 || q1 * dn0 > (rhat << 32 | un1)) {
		q1--;
		rhat += dn1;
		if (rhat >> 32)
			break;
	}
	un21 = (un32 << 32 | un1) - q1 * d;

	q0 = un21 / dn1;
	rhat = un21 - q0 * dn1;
	while (q0 >> 32 || q0 * dn0 > (rhat << 32 | un0)) {
		q0--;
		rhat += dn1;
		if (rhat >> 32)
			break;
	}
	*rem = ((un21 << 32 | un0) - q0 * d) >> s;
	return q1 << 32 | q0;
}

/* a / b and a % b for b != 0. */
static inline u128 udivmod128(u128 a, u128 b, u128 *rem)
{
	u64 r;
	if (hi64(b) == 0) {
		u64 qh = 0, ah = hi64(a);
		if (ah >= lo64(b)) {
			qh = ah / lo64(b);
			ah %= lo64(b);
		}
		u64 ql = div128by64(ah, lo64(a), lo64(b), &r);
		*rem = r;
		return U128_C(qh, ql);
	}
	/* The quotient fits in 64 bits.  Dividing a/2 by the top 64 bits of
	 * the normalised divisor and scaling back gives the quotient or one
	 * more; one step down leaves it exact or one too small, which one
	 * comparison settles (Hacker's Delight, 9-5). */
	int s = __builtin_clzll(hi64(b));
	u64 btop = hi64(shl128(b, s));
	u64 q = div128by64(hi64(a) >> 1, lo64(a) >> 1 | hi64(a) << 63, btop, &r);
	q >>= 63 - s;
	if (q)
		q--;
	u128 rr = a - mul128(q, b);
	if (rr >= b) {
		q++;
		rr -= b;
	}
	*rem = rr;
	return q;
}

#endif
