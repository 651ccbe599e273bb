/* Conversions between the binary formats and the integers, written once for
 * any format width and inlined by each public function with its constants.
 *
 * Floating to integer conversion truncates toward zero (C11 6.3.1.4).  Out
 * of range it is undefined in C; here it saturates, and a NaN converts like
 * an infinity of its sign, which is what gcc's soft-fp gives for binary128.
 */
#ifndef BUILTINS_CONVERT_H
#define BUILTINS_CONVERT_H

#include "binary128.h"
#include "fp.h"

/* A binary128 encoding from an encoding of the format (mbits, ebits);
 * always exact. */
static inline u128 f128_from_fp(u64 a, int mbits, int ebits)
{
	u64 m = a & (((u64)1 << (mbits + ebits)) - 1);
	u64 inf = (u64)FP_EXP_MAX(ebits) << mbits;
	u128 sign = (u128)(a >> (mbits + ebits)) << 127;
	i32 exp;
	u64 sig;

	if (m >= inf) {
		u128 frac = (u128)(m - inf) << (112 - mbits);
		return sign | F128_INF | frac | (m > inf ? F128_QUIET : 0);
	}
	if (m == 0)
		return sign;
	sig = fp_unpack(m, &exp, mbits);
	return f128_round_pack(sign, exp - FP_BIAS(ebits) + F128_BIAS, (u128)sig << 64);
}

/* The encoding of the format (mbits, ebits) nearest to a binary128. */
static inline u64 fp_from_f128(u128 a, int mbits, int ebits)
{
	u128 m = a & ~F128_SIGN;
	int sign = (int)(a >> 127);
	u64 s = (u64)sign << (mbits + ebits);
	u64 inf = (u64)FP_EXP_MAX(ebits) << mbits;
	i32 exp;
	u128 sig;

	if (m >= F128_INF) {
		if (m == F128_INF)
			return s | inf;
		return s | inf | (u64)1 << (mbits - 1) | (u64)((m & F128_FRAC_MASK) >> (112 - mbits));
	}
	if (m == 0)
		return s;
	sig = f128_unpack(m, &exp);
	return fp_round_pack128(sign, exp - F128_BIAS + FP_BIAS(ebits), sig, mbits, ebits);
}

/* Between two formats of at most 64 bits, either way. */
static inline u64 fp_convert(u64 a, int from_mbits, int from_ebits, int mbits, int ebits)
{
	u64 m = a & (((u64)1 << (from_mbits + from_ebits)) - 1);
	u64 from_inf = (u64)FP_EXP_MAX(from_ebits) << from_mbits;
	int sign = (int)(a >> (from_mbits + from_ebits));
	u64 s = (u64)sign << (mbits + ebits);
	u64 inf = (u64)FP_EXP_MAX(ebits) << mbits;
	i32 exp;
	u64 sig;

	if (m >= from_inf) {
		u64 frac = m - from_inf;
		if (frac == 0)
			return s | inf;
		frac = mbits > from_mbits ? frac << (mbits - from_mbits) : frac >> (from_mbits - mbits);
		return s | inf | (u64)1 << (mbits - 1) | frac;
	}
	if (m == 0)
		return s;
	sig = fp_unpack(m, &exp, from_mbits);
	return fp_round_pack(sign, exp - FP_BIAS(from_ebits) + FP_BIAS(ebits), sig, mbits, ebits);
}

/* The binary128 encoding nearest to (-1)^negative * mag. */
static inline u128 f128_from_int(u128 mag, int negative)
{
	if (mag == 0)
		return 0;
	return f128_normalize_round_pack((u128)negative << 127, F128_BIAS + 127, mag);
}

/* The encoding of the format (mbits, ebits) nearest to (-1)^negative * mag. */
static inline u64 fp_from_int(u128 mag, int negative, int mbits, int ebits)
{
	int s;
	if (mag == 0)
		return 0;
	s = clz128(mag);
	return fp_round_pack128(negative, FP_BIAS(ebits) + 127 - s, shl128(mag, (unsigned)s), mbits,
	                        ebits);
}

/* Truncation of (-1)^negative * sig * 2^(exp - 127) to an integer of the
 * given width, saturated, as a 128-bit pattern; sig has bit 127 set, or is
 * 0 with exp anything. */
static inline u128 int_from_scaled(int negative, i32 exp, u128 sig, int bits, int is_signed)
{
	u128 max = is_signed ? ((u128)1 << (bits - 1)) - 1 + negative
	                     : (negative ? 0 : ((u128)~(u128)0 >> (128 - bits)));
	u128 mag;
	if (exp < 0 || sig == 0)
		return 0;
	if (exp >= bits)
		mag = max;
	else
		mag = shr128(sig, (unsigned)(127 - exp));
	if (mag > max)
		mag = max;
	return negative ? -mag : mag;
}

/* A binary128 encoding truncated to an integer of the given width. */
static inline u128 int_from_f128(u128 a, int bits, int is_signed)
{
	u128 m = a & ~F128_SIGN;
	int negative = (int)(a >> 127);
	i32 exp;
	u128 sig;
	if (m >= F128_INF)
		return int_from_scaled(negative, bits, F128_SIGN, bits, is_signed);
	if (m == 0)
		return 0;
	sig = f128_unpack(m, &exp);
	return int_from_scaled(negative, exp - F128_BIAS, sig, bits, is_signed);
}

/* An encoding of the format (mbits, ebits) truncated to an integer. */
static inline u128 int_from_fp(u64 a, int mbits, int ebits, int bits, int is_signed)
{
	u64 m = a & (((u64)1 << (mbits + ebits)) - 1);
	int negative = (int)(a >> (mbits + ebits));
	i32 exp;
	u64 sig;
	if (m >= (u64)FP_EXP_MAX(ebits) << mbits)
		return int_from_scaled(negative, bits, F128_SIGN, bits, is_signed);
	if (m == 0)
		return 0;
	sig = fp_unpack(m, &exp, mbits);
	return int_from_scaled(negative, exp - FP_BIAS(ebits), (u128)sig << 64, bits, is_signed);
}

#endif
