#include "libm_ld.h"

/* Unpack a finite nonzero double as m * 2^e with m in [2^52, 2^53). */
static uint64_t unpack(uint64_t u, int *e)
{
	int be = u >> 52 & 0x7ff;
	uint64_t m = u & 0x000fffffffffffff;
	if (be == 0) {
		int s = __builtin_clzll(m) - 11;
		*e = -1074 - s;
		return m << s;
	}
	*e = be - 1075;
	return m | 0x0010000000000000;
}

/* x*y + z rounded once. The product (106 bits) and z are aligned in 128-bit
   integers whose leading bits sit at bit 125; the operand with the lower
   exponent is shifted right, folding the bits it loses into its lowest bit.
   Those bits are lost only when the exponents differ by more than the
   empty low bits of the operand (20 for the product, 73 for z), in which
   case the sum cannot cancel by more than one bit, so the folded bit stays
   far below the rounding position. */
double fma(double x, double y, double z)
{
	if (!__builtin_isfinite(x) || !__builtin_isfinite(y) || x == 0 || y == 0)
		return x * y + z;
	if (!__builtin_isfinite(z))
		return z + z;
	if (z == 0) {
		double r = x * y;
		if (__builtin_isinf(r))
			return __math_erange(r);
		if (__builtin_fabs(r) >= DBL_MIN)
			return r;
		/* A tiny product: the exact path decides whether it underflowed. */
	}

	uint64_t ux = asuint64(x), uy = asuint64(y), uz = asuint64(z);
	int ex, ey, ez = 0;
	uint64_t mx = unpack(ux, &ex), my = unpack(uy, &ey);
	uint64_t mz = z == 0 ? 0 : unpack(uz, &ez);
	int sp = (ux ^ uy) >> 63, sz = z == 0 ? sp : (int)(uz >> 63);

	u128 a = (u128)mx * my;
	int ea = ex + ey;
	int ta = 127 - clz128(a);
	a <<= 125 - ta;
	ea -= 125 - ta;
	u128 b = (u128)mz << 73;
	int eb = z == 0 ? ea : ez - 73;

	if (ea < eb) {
		u128 t = a; a = b; b = t;
		int te = ea; ea = eb; eb = te;
		int ts = sp; sp = sz; sz = ts;
	}
	int d = ea - eb;
	if (d >= 128)
		b = b != 0;
	else if (d > 0)
		b = b >> d | ((b & (((u128)1 << d) - 1)) != 0);

	int sign = sp;
	u128 r;
	if (sp == sz) {
		r = a + b;
	} else if (a >= b) {
		r = a - b;
	} else {
		r = b - a;
		sign = sz;
	}
	if (r == 0)
		return 0.0;

	int t = 127 - clz128(r);
	int lead = ea + t;
	int lsb = lead - 52 > -1074 ? lead - 52 : -1074;
	int shift = lsb - ea;
	uint64_t m;
	int inexact = 0;
	if (shift <= 0) {
		m = (uint64_t)(r << -shift);
	} else if (shift > 127) {
		m = 0;
		inexact = 1;
	} else {
		u128 rem = r & (((u128)1 << shift) - 1);
		u128 half = (u128)1 << (shift - 1);
		m = (uint64_t)(r >> shift);
		inexact = rem != 0;
		if (rem > half || (rem == half && (m & 1)))
			m++;
	}
	uint64_t bits;
	if (lsb == -1074 && lead < -1022) {
		bits = m;
		if (inexact)
			errno = ERANGE;
	} else {
		bits = ((uint64_t)(lsb + 1074) << 52) + m;
		if (bits >= 0x7ff0000000000000)
			return __math_erange(sign ? -__builtin_inf() : __builtin_inf());
	}
	return asdouble(bits | (uint64_t)sign << 63);
}
