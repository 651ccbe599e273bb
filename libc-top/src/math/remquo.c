#include "libm.h"

/* x - n*y with n the integer nearest x/y (ties to even), computed exactly
   by long division on the significands as in fmod, tracking the low bits
   of n. *quo receives the low 31 bits of |n| with the sign of x/y. */
double remquo(double x, double y, int *quo)
{
	uint64_t ux = asuint64(x), uy = asuint64(y);
	uint64_t sx = ux & 0x8000000000000000;
	int qneg = (ux ^ uy) >> 63;
	ux ^= sx;
	uy &= 0x7fffffffffffffff;
	*quo = 0;
	if (ux >= 0x7ff0000000000000 || uy > 0x7ff0000000000000 || uy == 0) {
		if (__builtin_isnan(x) || __builtin_isnan(y))
			return x + y;
		return __math_edom(__builtin_nan(""));
	}
	if (uy == 0x7ff0000000000000)
		return x;

	int ex = ux >> 52, ey = uy >> 52;
	uint64_t mx, my;
	if (ex == 0) {
		if (ux == 0)
			return x;
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

	if (ex < ey - 1)
		return x;
	uint64_t q = 0;
	if (ex == ey - 1) {
		/* |x| < |y|: compare |x| with |y|/2, both scaled by 2^-ex. */
		if (mx <= my)
			return x;
		mx = 2 * my - mx;
		sx ^= 0x8000000000000000;
		q = 1;
	} else {
		q = mx / my;
		mx %= my;
		for (int d = ex - ey; d > 0; ) {
			int s = d < 11 ? d : 11;
			uint64_t t = mx << s;
			q = q << s | t / my;
			mx = t % my;
			d -= s;
		}
		if (2 * mx > my || (2 * mx == my && (q & 1))) {
			mx = my - mx;
			sx ^= 0x8000000000000000;
			q++;
		}
		ex = ey;
	}
	*quo = qneg ? -(int)(q & 0x7fffffff) : (int)(q & 0x7fffffff);
	if (mx == 0)
		return asdouble(asuint64(x) & 0x8000000000000000);

	int s = __builtin_clzll(mx) - 11;
	mx <<= s;
	ex -= s;
	if (ex > 0)
		return asdouble(sx | (uint64_t)ex << 52 | (mx & 0x000fffffffffffff));
	return asdouble(sx | mx >> (1 - ex));
}
