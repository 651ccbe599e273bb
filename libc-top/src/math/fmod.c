#include "libm.h"

/* The exact remainder by long division on the significands: each step
   shifts the partial remainder left by up to 11 bits (so that it stays
   below 2^64) and reduces it modulo the divisor. */
double fmod(double x, double y)
{
	uint64_t ux = asuint64(x), uy = asuint64(y);
	uint64_t sign = ux & 0x8000000000000000;
	ux ^= sign;
	uy &= 0x7fffffffffffffff;
	if (ux >= 0x7ff0000000000000 || uy > 0x7ff0000000000000 || uy == 0) {
		if (__builtin_isnan(x) || __builtin_isnan(y))
			return x + y;
		return __math_edom(__builtin_nan(""));
	}
	if (ux < uy)
		return x;

	int ex = ux >> 52, ey = uy >> 52;
	uint64_t mx, my;
	if (ex == 0) {
		int s = __builtin_clzll(ux) - 11;
		mx = ux << s;
		ex = 1 - s;
	} else {
		mx = (ux & 0x000fffffffffffff) | 0x0010000000000000;
	}
	if (ey == 0) {
		int s = __builtin_clzll(uy) - 11;
		my = uy << s;
		ey = 1 - s;
	} else {
		my = (uy & 0x000fffffffffffff) | 0x0010000000000000;
	}

	mx %= my;
	for (int d = ex - ey; d > 0 && mx; ) {
		int s = d < 11 ? d : 11;
		mx = (mx << s) % my;
		d -= s;
	}
	if (mx == 0)
		return asdouble(sign);

	int s = __builtin_clzll(mx) - 11;
	mx <<= s;
	ey -= s;
	if (ey > 0)
		return asdouble(sign | (uint64_t)ey << 52 | (mx & 0x000fffffffffffff));
	/* Subnormal: the shifted-out bits are zero, the remainder is exact. */
	return asdouble(sign | mx >> (1 - ey));
}
