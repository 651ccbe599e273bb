/* Bit-level helpers for long double, IEEE binary128 on wasm32: 1 sign bit,
   15 exponent bits (bias 16383), 112 fraction bits. The functions that
   only move bits work on the integer representation, so that they do not
   depend on soft-float arithmetic. */
#ifndef _LIBM_LD_H
#define _LIBM_LD_H

#include "libm.h"

#define LD_SIGN ((u128)1 << 127)
#define LD_EXPBITS(u) ((int)((u) >> 112 & 0x7fff))
#define LD_FRAC ((((u128)1) << 112) - 1)
#define LD_ONE ((u128)0x3fff << 112)
#define LD_INF ((u128)0x7fff << 112)

LIBM_INLINE int clz128(u128 a)
{
	uint64_t hi = a >> 64;
	return hi ? __builtin_clzll(hi) : 64 + __builtin_clzll((uint64_t)a);
}

/* Unpack finite nonzero |x| as m * 2^e with m in [2^112, 2^113). */
LIBM_INLINE u128 ld_unpack(u128 u, int *e)
{
	int be = LD_EXPBITS(u);
	u128 m = u & LD_FRAC;
	if (be == 0) {
		int s = clz128(m) - 15;
		*e = -16382 - 112 - s;
		return m << s;
	}
	*e = be - 16383 - 112;
	return m | ((u128)1 << 112);
}

/* Round |x| to an integer: mode 0 toward zero, 1 down, 2 up, 3 to nearest
   with ties away from zero, 4 to nearest with ties to even. */
LIBM_INLINE long double ld_round_int(long double x, int mode)
{
	u128 u = asu128(x);
	int e = LD_EXPBITS(u) - 16383;
	int neg = u >> 127;
	if (e >= 112)
		return x;
	if (e < 0) {
		if ((u << 1) == 0)
			return x;
		u128 a = u & ~LD_SIGN;
		int up;
		switch (mode) {
		case 1: up = neg; break;
		case 2: up = !neg; break;
		case 3: up = a >= ((u128)0x3ffe << 112); break;
		case 4: up = a > ((u128)0x3ffe << 112); break;
		default: up = 0;
		}
		return asldouble((u & LD_SIGN) | (up ? LD_ONE : 0));
	}
	u128 fracmask = ((u128)1 << (112 - e)) - 1;
	u128 frac = u & fracmask;
	if (frac == 0)
		return x;
	u128 base = u & ~fracmask;
	u128 half = (u128)1 << (111 - e);
	int up;
	switch (mode) {
	case 1: up = neg; break;
	case 2: up = !neg; break;
	case 3: up = frac >= half; break;
	case 4: up = frac > half || (frac == half && (base >> (112 - e) & 1)); break;
	default: up = 0;
	}
	if (up)
		base += (u128)1 << (112 - e);
	return asldouble(base);
}

/* fmal, or with odd set its exact result rounded to odd (__fmal.c). */
long double __fmal(long double x, long double y, long double z, int odd);

/* The fromfp family for long double (__fromfpl.c). */
long double __fromfpl(long double x, int rnd, unsigned width, int is_unsigned);

/* setpayloadl and setpayloadsigl (__setpayloadl.c). */
int __setpayloadl(long double *res, long double pl, u128 quiet);

#endif
