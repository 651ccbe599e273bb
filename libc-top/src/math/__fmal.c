#include "libm_ld.h"

/* 256-bit unsigned integers for the exact product of two significands. */
typedef struct { u128 hi, lo; } u256;

static u256 mul(u128 a, u128 b)
{
	uint64_t a0 = (uint64_t)a, a1 = (uint64_t)(a >> 64);
	uint64_t b0 = (uint64_t)b, b1 = (uint64_t)(b >> 64);
	u128 p00 = (u128)a0 * b0, p01 = (u128)a0 * b1;
	u128 p10 = (u128)a1 * b0, p11 = (u128)a1 * b1;
	u128 mid = (p00 >> 64) + (uint64_t)p01 + (uint64_t)p10;
	u256 r;
	r.lo = (mid << 64) | (uint64_t)p00;
	r.hi = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
	return r;
}

static int clz256(u256 a)
{
	return a.hi ? clz128(a.hi) : 128 + clz128(a.lo);
}

static u256 shl(u256 a, int s)
{
	if (s == 0)
		return a;
	if (s >= 128)
		return (u256){ a.lo << (s - 128), 0 };
	return (u256){ a.hi << s | a.lo >> (128 - s), a.lo << s };
}

static u256 shr(u256 a, int s)
{
	if (s == 0)
		return a;
	if (s >= 128)
		return (u256){ 0, a.hi >> (s - 128) };
	return (u256){ a.hi >> s, a.hi << (128 - s) | a.lo >> s };
}

/* a >> s, with the bits shifted out folded into the lowest bit. */
static u256 shr_sticky(u256 a, int s)
{
	if (s == 0)
		return a;
	if (s >= 256)
		return (u256){ 0, (a.hi | a.lo) != 0 };
	u256 r;
	int lost;
	if (s >= 128) {
		lost = a.lo != 0 || (s > 128 && (a.hi << (256 - s)) != 0);
		r = (u256){ 0, s == 128 ? a.hi : a.hi >> (s - 128) };
	} else {
		lost = (a.lo << (128 - s)) != 0;
		r = (u256){ a.hi >> s, a.hi << (128 - s) | a.lo >> s };
	}
	r.lo |= lost;
	return r;
}

static int ge(u256 a, u256 b)
{
	return a.hi != b.hi ? a.hi > b.hi : a.lo >= b.lo;
}

static u256 add(u256 a, u256 b)
{
	u128 lo = a.lo + b.lo;
	return (u256){ a.hi + b.hi + (lo < a.lo), lo };
}

static u256 sub(u256 a, u256 b)
{
	return (u256){ a.hi - b.hi - (a.lo < b.lo), a.lo - b.lo };
}

/* x*y + z rounded once, as fma: both operands left-justified at bit 253 of
   256-bit integers, the smaller shifted right with its lost bits folded
   into its lowest bit. With odd set, the result is rounded to odd instead
   (truncated, the lowest bit set when anything was lost), for the
   narrowing ffma and dfmal, which round it again; a zero z then takes the
   integer path too, as an exponent far below any product's. */
long double __fmal(long double x, long double y, long double z, int odd)
{
	if (!__builtin_isfinite(x) || !__builtin_isfinite(y) || x == 0 || y == 0)
		return x * y + z;
	if (!__builtin_isfinite(z))
		return z + z;
	if (z == 0 && !odd)
		return x * y;
	u128 ux = asu128(x), uy = asu128(y), uz = asu128(z);
	int ex, ey, ez = -50000;
	u128 mx = ld_unpack(ux, &ex), my = ld_unpack(uy, &ey);
	u128 mz = z == 0 ? 0 : ld_unpack(uz, &ez);
	int sp = (ux ^ uy) >> 127, sz = uz >> 127;

	u256 a = mul(mx, my);
	int ea = ex + ey;
	int sh = clz256(a) - 2;
	a = shl(a, sh);
	ea -= sh;
	u256 b = shl((u256){ 0, mz }, 141);
	int eb = ez - 141;
	if (ea < eb) {
		u256 t = a; a = b; b = t;
		int te = ea; ea = eb; eb = te;
		int ts = sp; sp = sz; sz = ts;
	}
	b = shr_sticky(b, ea - eb > 256 ? 256 : ea - eb);
	int sign = sp;
	u256 r;
	if (sp == sz) {
		r = add(a, b);
	} else if (ge(a, b)) {
		r = sub(a, b);
	} else {
		r = sub(b, a);
		sign = sz;
	}
	if (r.hi == 0 && r.lo == 0)
		return 0.0L;

	int t = 255 - clz256(r);
	int lead = ea + t;
	int lsb = lead - 112 > -16494 ? lead - 112 : -16494;
	int shift = lsb - ea;
	u128 m;
	int inexact = 0;
	if (shift <= 0) {
		m = shl(r, -shift).lo;
	} else if (shift >= 256) {
		m = odd;
		inexact = 1;
	} else {
		u256 q = shr(r, shift);
		u256 rem = sub(r, shl(q, shift));
		u256 half = shl((u256){ 0, 1 }, shift - 1);
		m = q.lo;
		inexact = rem.hi || rem.lo;
		if (odd)
			m |= inexact;
		else if (ge(rem, half) && (rem.hi != half.hi || rem.lo != half.lo || (m & 1)))
			m++;
	}
	u128 bits;
	if (lsb == -16494 && lead < -16382) {
		bits = m;
		if (inexact)
			errno = ERANGE;
	} else {
		bits = ((u128)(lsb + 16494) << 112) + m;
		if (bits >= LD_INF)
			return __math_erangel(sign ? -__builtin_infl() : __builtin_infl());
	}
	return asldouble(bits | (u128)sign << 127);
}
