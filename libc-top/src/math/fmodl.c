#include "libm_ld.h"

/* As fmod: long division on the 113-bit significands, 15 bits a step. */
long double fmodl(long double x, long double y)
{
	u128 ux = asu128(x), uy = asu128(y);
	u128 sign = ux & LD_SIGN;
	ux ^= sign;
	uy &= ~LD_SIGN;
	if (ux >= LD_INF || uy > LD_INF || uy == 0) {
		if (__builtin_isnan(x) || __builtin_isnan(y))
			return x + y;
		return __math_edoml(__builtin_nanl(""));
	}
	if (ux < uy)
		return x;
	int ex, ey;
	u128 mx = ld_unpack(ux, &ex), my = ld_unpack(uy, &ey);
	mx %= my;
	for (int d = ex - ey; d > 0 && mx; ) {
		int s = d < 15 ? d : 15;
		mx = (mx << s) % my;
		d -= s;
	}
	if (mx == 0)
		return asldouble(sign);
	int s = clz128(mx) - 15;
	mx <<= s;
	int e = ey - s + 112 + 16383;
	if (e > 0)
		return asldouble(sign | (u128)e << 112 | (mx & LD_FRAC));
	return asldouble(sign | mx >> (1 - e));
}
