/* IEEE 754 binary128 in software: long double on wasm32.
 *
 * A value is handled as its 128-bit encoding: sign bit 127, a 15-bit biased
 * exponent in bits 126..112 and a 112-bit fraction.  wasm has no floating
 * point environment, so every operation rounds to nearest, ties to even, and
 * raises no flags.
 *
 * NaN results follow the IEEE 754 recommendation (6.2.3) that an operation
 * with NaN operands returns one of them, quieted.  Where the standard leaves
 * a choice this code makes the one gcc's soft-fp makes on x86-64: of two NaN
 * operands the one with the larger fraction (on a tie the first for + and *,
 * the second for - and /), and for an invalid operation (inf - inf, 0 * inf,
 * 0 / 0, inf / inf) the default NaN with the sign bit set, the same default
 * NaN that wasm engines on x86-64 produce for double.  The tests in
 * tests/c/builtins check these bit for bit.
 */
#ifndef BUILTINS_BINARY128_H
#define BUILTINS_BINARY128_H

#include "internal.h"

/* On the host, where long double is the x87 format, the differential test
 * builds these files with binary128 as __float128. */
#if __LDBL_MANT_DIG__ == 113
typedef long double f128;
typedef _Complex long double c128;
#else
typedef __float128 f128;
typedef _Complex __float128 c128;
#endif

#define F128_BIAS 16383
#define F128_EXP_MAX 0x7fff
#define F128_SIGN ((u128)1 << 127)
#define F128_IMPLICIT ((u128)1 << 112)
#define F128_FRAC_MASK (F128_IMPLICIT - 1)
#define F128_INF ((u128)F128_EXP_MAX << 112)
#define F128_QUIET ((u128)1 << 111)
#define F128_DEFAULT_NAN (F128_SIGN | F128_INF | F128_QUIET)

static inline u128 f128_bits(f128 x)
{
	u128 b;
	__builtin_memcpy(&b, &x, sizeof b);
	return b;
}

static inline f128 f128_from_bits(u128 b)
{
	f128 x;
	__builtin_memcpy(&x, &b, sizeof x);
	return x;
}

static inline int f128_isnan(u128 a)
{
	return (a & ~F128_SIGN) > F128_INF;
}

/* The result of an operation on encodings a and b, at least one a NaN;
 * tie_second picks b when both are NaNs with the same fraction. */
static inline u128 f128_nan2(u128 a, u128 b, int tie_second)
{
	u128 fa = a & F128_FRAC_MASK, fb = b & F128_FRAC_MASK;
	if (f128_isnan(a) && (!f128_isnan(b) || fa > fb || (fa == fb && !tie_second)))
		return a | F128_QUIET;
	return b | F128_QUIET;
}

/* -1, 0 or 1 as x is less than, equal to or greater than y, and 2 when
 * they are unordered (either is a NaN).  -0 equals +0. */
static inline int f128_compare(f128 x, f128 y)
{
	u128 a = f128_bits(x), b = f128_bits(y);
	if (f128_isnan(a) || f128_isnan(b))
		return 2;
	if (((a | b) & ~F128_SIGN) == 0 || a == b)
		return 0;
	/* Encodings order like sign-magnitude integers: as two's complement
	 * ones when either is positive, in reverse when both are negative. */
	if ((i128)(a & b) < 0)
		return (i128)a < (i128)b ? 1 : -1;
	return (i128)a < (i128)b ? -1 : 1;
}

/* The significand and exponent of a finite nonzero magnitude m, scaled so
 * that the value is sig * 2^(exp - F128_BIAS - 127) with bit 127 of sig set
 * (exp is below 1 for subnormal inputs). */
static inline u128 f128_unpack(u128 m, i32 *exp)
{
	i32 e = (i32)(m >> 112);
	u128 sig = m & F128_FRAC_MASK;
	int s;
	if (e) {
		*exp = e;
		return (sig | F128_IMPLICIT) << 15;
	}
	s = clz128(sig);
	*exp = 1 - (s - 15);
	return shl128(sig, s);
}

/* The encoding nearest to (-1)^sign * sig * 2^(exp - F128_BIAS - 127), for
 * sig with bit 127 set.  Bits of the exact value below sig's bit 0 must be
 * ORed into bit 0 (sticky), so that ties are told from near-ties.  sign is
 * 0 or F128_SIGN. */
static inline u128 f128_round_pack(u128 sign, i32 exp, u128 sig)
{
	u64 rest;
	u128 m;
	if (exp >= F128_EXP_MAX)
		return sign | F128_INF;
	if (exp <= 0) {
		/* Subnormal or zero after rounding: denormalise to exponent 1
		 * with the implicit bit now clear. */
		sig = shr128_sticky(sig, (unsigned)(1 - exp));
		exp = 1;
	}
	rest = lo64(sig) & 0x7fff;
	/* Adding the exponent rather than ORing it lets a carry out of the
	 * significand bump the exponent, up to infinity if need be. */
	m = (sig >> 15) + ((u128)(exp - 1) << 112);
	if (rest > 0x4000 || (rest == 0x4000 && (m & 1)))
		m++;
	return sign | m;
}

/* The same for any nonzero sig. */
static inline u128 f128_normalize_round_pack(u128 sign, i32 exp, u128 sig)
{
	int s = clz128(sig);
	return f128_round_pack(sign, exp - s, shl128(sig, (unsigned)s));
}

#endif
