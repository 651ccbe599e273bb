#include "libm_ld.h"

/* Correctly rounded by the digit-by-digit method on the integer
   significand: 114 root bits (one a guard bit); a square root is never
   exactly halfway between two representable values, so the guard bit
   alone decides the rounding. */
long double sqrtl(long double x)
{
	u128 u = asu128(x);
	if ((u << 1) == 0 || u == LD_INF)
		return x;
	if (__builtin_isnan(x))
		return x + x;
	if (u >> 127)
		return __math_edoml(__builtin_nanl(""));
	int e;
	u128 m = ld_unpack(u, &e);
	/* x = m 2^e with e even and m < 2^114; q = floor(sqrt(m 2^114)) has
	   114 bits, the radicand's 114 pairs of bits taken from the top. */
	if (e & 1) {
		m <<= 1;
		e--;
	}
	u128 r = 0, q = 0;
	for (int k = 113; k >= 0; k--) {
		int pos = 2 * k - 114;
		r = r << 2 | (pos >= 0 ? (m >> pos & 3) : 0);
		u128 t = q << 2 | 1;
		if (r >= t) {
			r -= t;
			q = q << 1 | 1;
		} else {
			q <<= 1;
		}
	}
	/* sqrt(x) = q 2^(e/2 - 57): drop the guard bit, rounding. */
	q = (q >> 1) + (q & 1);
	int re = e / 2 + 56 + 16383;
	if (q >> 113) {
		q >>= 1;
		re++;
	}
	return asldouble((u128)re << 112 | (q & LD_FRAC));
}
