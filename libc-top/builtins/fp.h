/* The binary formats of at most 64 bits (binary16, binary32, binary64) as
 * encodings, for the conversions to and from binary128 and the 128-bit
 * integers.  A format is given by its fraction and exponent widths; the
 * helpers are inlined with those as constants.
 *
 * NaNs convert as IEEE 754 6.2.3 recommends and gcc's soft-fp does: the
 * sign is kept, the payload keeps its most significant bits, and the result
 * is quiet.
 */
#ifndef BUILTINS_FP_H
#define BUILTINS_FP_H

#include "internal.h"

static inline u32 f32_bits(float x)
{
	u32 b;
	__builtin_memcpy(&b, &x, sizeof b);
	return b;
}

static inline float f32_from_bits(u32 b)
{
	float x;
	__builtin_memcpy(&x, &b, sizeof x);
	return x;
}

static inline u64 f64_bits(double x)
{
	u64 b;
	__builtin_memcpy(&b, &x, sizeof b);
	return b;
}

static inline double f64_from_bits(u64 b)
{
	double x;
	__builtin_memcpy(&x, &b, sizeof x);
	return x;
}

#define FP_BIAS(ebits) ((1 << ((ebits) - 1)) - 1)
#define FP_EXP_MAX(ebits) ((1 << (ebits)) - 1)

/* The encoding nearest to (-1)^sign * sig * 2^(exp - bias - 63) in the
 * format with mbits fraction and ebits exponent bits, for sig with bit 63
 * set and the sticky bit in bit 0 (see f128_round_pack).  sign is 0 or 1. */
static inline u64 fp_round_pack(int sign, i32 exp, u64 sig, int mbits, int ebits)
{
	unsigned drop = 63 - mbits;
	u64 s = (u64)sign << (mbits + ebits);
	u64 rest, half, m;

	if (exp >= FP_EXP_MAX(ebits))
		return s | (u64)FP_EXP_MAX(ebits) << mbits;
	if (exp <= 0) {
		unsigned n = (unsigned)(1 - exp);
		sig = n >= 64 ? sig != 0 : sig >> n | (sig << (64 - n) != 0);
		exp = 1;
	}
	rest = sig & (((u64)1 << drop) - 1);
	half = (u64)1 << (drop - 1);
	m = (sig >> drop) + ((u64)(exp - 1) << mbits);
	if (rest > half || (rest == half && (m & 1)))
		m++;
	return s | m;
}

/* The same for a 128-bit sig with bit 127 set, the value being
 * sig * 2^(exp - bias - 127): the kept bits all lie in the top half, so the
 * low half only matters as sticky. */
static inline u64 fp_round_pack128(int sign, i32 exp, u128 sig, int mbits, int ebits)
{
	return fp_round_pack(sign, exp, hi64(sig) | (lo64(sig) != 0), mbits, ebits);
}

/* For the magnitude m of a finite nonzero encoding: a significand with bit
 * 63 set and exp such that the value is sig * 2^(exp - bias - 63). */
static inline u64 fp_unpack(u64 m, i32 *exp, int mbits)
{
	i32 e = (i32)(m >> mbits);
	u64 sig = m & (((u64)1 << mbits) - 1);
	int s;
	if (e) {
		*exp = e;
		return (sig | (u64)1 << mbits) << (63 - mbits);
	}
	s = __builtin_clzll(sig);
	*exp = 1 - (s - (63 - mbits));
	return sig << s;
}

#endif
