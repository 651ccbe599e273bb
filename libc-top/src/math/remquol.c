#include "libm_ld.h"

/* As remquo, on the 113-bit significands. */
long double remquol(long double x, long double y, int *quo)
{
	u128 ux = asu128(x), uy = asu128(y);
	u128 sx = ux & LD_SIGN;
	int qneg = (ux ^ uy) >> 127;
	ux ^= sx;
	uy &= ~LD_SIGN;
	*quo = 0;
	if (ux >= LD_INF || uy > LD_INF || uy == 0) {
		if (__builtin_isnan(x) || __builtin_isnan(y))
			return x + y;
		return __math_edoml(__builtin_nanl(""));
	}
	if (uy == LD_INF || ux == 0)
		return x;
	int ex, ey;
	u128 mx = ld_unpack(ux, &ex), my = ld_unpack(uy, &ey);
	if (ex < ey - 1)
		return x;
	uint64_t q = 0;
	if (ex == ey - 1) {
		if (mx <= my)
			return x;
		mx = 2 * my - mx;
		sx ^= LD_SIGN;
		q = 1;
	} else {
		q = (uint64_t)(mx / my);
		mx %= my;
		for (int d = ex - ey; d > 0; ) {
			int s = d < 15 ? d : 15;
			u128 t = mx << s;
			q = q << s | (uint64_t)(t / my);
			mx = t % my;
			d -= s;
		}
		if (2 * mx > my || (2 * mx == my && (q & 1))) {
			mx = my - mx;
			sx ^= LD_SIGN;
			q++;
		}
		ex = ey;
	}
	*quo = qneg ? -(int)(q & 0x7fffffff) : (int)(q & 0x7fffffff);
	if (mx == 0)
		return asldouble(asu128(x) & LD_SIGN);
	int s = clz128(mx) - 15;
	mx <<= s;
	int e = ex - s + 112 + 16383;
	if (e > 0)
		return asldouble(sx | (u128)e << 112 | (mx & LD_FRAC));
	return asldouble(sx | mx >> (1 - e));
}
