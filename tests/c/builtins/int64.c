/* The 32-, 64- and 128-bit integer builtins that clang never emits on wasm
 * (it has the instructions) but that objects built for other runtimes may
 * call, and the -ftrapv family on values that do not overflow: each
 * against wasm's own operators on pseudo-random operands of every size. */
#include "check.h"

typedef unsigned __int128 u128;
typedef __int128 i128;
typedef long long i64;
typedef unsigned long long u64;

i64 __divdi3(i64, i64);
i64 __moddi3(i64, i64);
u64 __udivdi3(u64, u64);
u64 __umoddi3(u64, u64);
i64 __divmoddi4(i64, i64, i64 *);
u64 __udivmoddi4(u64, u64, u64 *);
i64 __muldi3(i64, i64);
i64 __negdi2(i64);
i64 __ashldi3(i64, int);
i64 __ashrdi3(i64, int);
i64 __lshrdi3(i64, int);
int __cmpdi2(i64, i64);
int __ucmpdi2(u64, u64);
int __clzdi2(i64);
int __ctzdi2(i64);
int __ffsdi2(i64);
int __popcountdi2(i64);
int __paritydi2(i64);
u64 __bswapdi2(u64);
int __divsi3(int, int);
int __modsi3(int, int);
unsigned __udivsi3(unsigned, unsigned);
unsigned __umodsi3(unsigned, unsigned);
int __divmodsi4(int, int, int *);
unsigned __udivmodsi4(unsigned, unsigned, unsigned *);
int __clzsi2(int);
int __ctzsi2(int);
int __ffssi2(int);
int __popcountsi2(int);
int __paritysi2(int);
unsigned __bswapsi2(unsigned);
i64 __absvdi2(i64);
i64 __addvdi3(i64, i64);
i64 __subvdi3(i64, i64);
i64 __mulvdi3(i64, i64);
i64 __negvdi2(i64);
int __absvsi2(int);
int __addvsi3(int, int);
int __subvsi3(int, int);
int __mulvsi3(int, int);
int __negvsi2(int);
i128 __absvti2(i128);
i128 __addvti3(i128, i128);
i128 __subvti3(i128, i128);
i128 __mulvti3(i128, i128);
i128 __negvti2(i128);
i128 __negti2(i128);
float __powisf2(float, int);
double __powidf2(double, int);

static u64 state = 0x2545f4914f6cdd1d;

static u64 next(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

/* Operands of every magnitude: a random word shifted right by a random
 * amount, negated half the time. */
static u64 operand(void)
{
	u64 x = next() >> (next() % 64);
	return next() & 1 ? x : -x;
}

int main(void)
{
	int i, ok = 1;
	for (i = 0; i < 20000 && ok; i++) {
		u64 a = operand(), b = operand();
		i64 sa = (i64)a, sb = (i64)b, sr;
		u64 ur;
		unsigned a32 = (unsigned)a, b32 = (unsigned)b, u32r;
		int s32r, sh = (int)(next() % 64), o;
		i128 wa = (i128)sa * (i64)(next() >> 40), wb = (i128)sb;

		ok &= __muldi3(sa, sb) == (i64)(a * b);
		ok &= __negdi2(sa) == (i64)-a;
		ok &= __ashldi3(sa, sh) == (i64)(a << sh);
		ok &= __ashrdi3(sa, sh) == sa >> sh;
		ok &= __lshrdi3(sa, sh) == (i64)(a >> sh);
		ok &= __cmpdi2(sa, sb) == (sa < sb ? 0 : sa == sb ? 1 : 2);
		ok &= __ucmpdi2(a, b) == (a < b ? 0 : a == b ? 1 : 2);
		ok &= __cmpdi2(sa, sa) == 1 && __ucmpdi2(a, a) == 1;
		ok &= __clzdi2(sa) == (a ? __builtin_clzll(a) : 64);
		ok &= __ctzdi2(sa) == (a ? __builtin_ctzll(a) : 64);
		ok &= __ffsdi2(sa) == __builtin_ffsll(sa);
		ok &= __popcountdi2(sa) == __builtin_popcountll(a);
		ok &= __paritydi2(sa) == __builtin_parityll(a);
		ok &= __bswapdi2(a) == __builtin_bswap64(a);
		ok &= __clzsi2((int)a32) == (a32 ? __builtin_clz(a32) : 32);
		ok &= __ctzsi2((int)a32) == (a32 ? __builtin_ctz(a32) : 32);
		ok &= __ffssi2((int)a32) == __builtin_ffs((int)a32);
		ok &= __popcountsi2((int)a32) == __builtin_popcount(a32);
		ok &= __paritysi2((int)a32) == __builtin_parity(a32);
		ok &= __bswapsi2(a32) == __builtin_bswap32(a32);
		if (b != 0 && !(sb == -1 && sa == (i64)((u64)1 << 63))) {
			ok &= __divdi3(sa, sb) == sa / sb && __moddi3(sa, sb) == sa % sb;
			ok &= __divmoddi4(sa, sb, &sr) == sa / sb && sr == sa % sb;
		}
		if (b != 0) {
			ok &= __udivdi3(a, b) == a / b && __umoddi3(a, b) == a % b;
			ok &= __udivmoddi4(a, b, &ur) == a / b && ur == a % b;
		}
		if (b32 != 0 && !((int)b32 == -1 && a32 == 0x80000000u)) {
			ok &= __divsi3((int)a32, (int)b32) == (int)a32 / (int)b32;
			ok &= __modsi3((int)a32, (int)b32) == (int)a32 % (int)b32;
			ok &= __divmodsi4((int)a32, (int)b32, &s32r) == (int)a32 / (int)b32 &&
			      s32r == (int)a32 % (int)b32;
		}
		if (b32 != 0) {
			ok &= __udivsi3(a32, b32) == a32 / b32 && __umodsi3(a32, b32) == a32 % b32;
			ok &= __udivmodsi4(a32, b32, &u32r) == a32 / b32 && u32r == a32 % b32;
		}

		/* -ftrapv: only where the exact result fits. */
		if (!__builtin_add_overflow(sa, sb, &sr))
			ok &= __addvdi3(sa, sb) == sr;
		if (!__builtin_sub_overflow(sa, sb, &sr))
			ok &= __subvdi3(sa, sb) == sr;
		if (!__builtin_mul_overflow(sa, sb, &sr))
			ok &= __mulvdi3(sa, sb) == sr;
		if (sa != (i64)((u64)1 << 63))
			ok &= __negvdi2(sa) == -sa && __absvdi2(sa) == (sa < 0 ? -sa : sa);
		if (!__builtin_add_overflow((int)a32, (int)b32, &s32r))
			ok &= __addvsi3((int)a32, (int)b32) == s32r;
		if (!__builtin_sub_overflow((int)a32, (int)b32, &s32r))
			ok &= __subvsi3((int)a32, (int)b32) == s32r;
		if (!__builtin_mul_overflow((int)a32, (int)b32, &s32r))
			ok &= __mulvsi3((int)a32, (int)b32) == s32r;
		if (a32 != 0x80000000u)
			ok &= __negvsi2((int)a32) == -(int)a32 &&
			      __absvsi2((int)a32) == ((int)a32 < 0 ? -(int)a32 : (int)a32);
		{
			i128 r;
			if (!__builtin_add_overflow(wa, wb, &r))
				ok &= __addvti3(wa, wb) == r;
			if (!__builtin_sub_overflow(wa, wb, &r))
				ok &= __subvti3(wa, wb) == r;
			if (!(o = __builtin_mul_overflow(wa, wb, &r)))
				ok &= __mulvti3(wa, wb) == r;
			ok &= __negvti2(wa) == -wa && __negti2(wa) == -wa;
			ok &= __absvti2(wa) == (wa < 0 ? -wa : wa);
		}
	}
	CHECK(ok);
	CHECK(i == 20000);

	/* Powers: exact cases, and the order of products of binary powering
	 * (x^13 = x * x^4 * x^8). */
	CHECK(__powidf2(3.0, 20) == 3486784401.0);
	CHECK(__powidf2(2.0, -1022) == 0x1p-1022);
	/* 2^1074 overflows before the reciprocal is taken. */
	CHECK(__powidf2(2.0, -1074) == 0);
	CHECK(__powidf2(0.5, 1075) == 0);
	CHECK(__powidf2(-2.0, 3) == -8.0);
	CHECK(__powidf2(__builtin_nan(""), 0) == 1.0);
	CHECK(__powidf2(10.0, -2) == 1 / 100.0);
	{
		volatile double x = 1.1;
		double x2 = x * x, x4 = x2 * x2, x8 = x4 * x4;
		CHECK(__powidf2(x, 13) == (x * x4) * x8);
		CHECK(__builtin_powi(x, -13) == 1 / ((x * x4) * x8));
	}
	CHECK(__powisf2(3.0f, 10) == 59049.0f);
	CHECK(__powisf2(2.0f, -126) == 0x1p-126f);
	CHECK(__powisf2(2.0f, 128) == __builtin_inff());
	CHECK(__builtin_powif(-0.5f, -3) == -8.0f);
	return check_result();
}
