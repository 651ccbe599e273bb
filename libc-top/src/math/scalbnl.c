#include "libm_ld.h"

/* x * 2^n rounded once: in the normal range by setting the exponent, a
   subnormal result by one soft-float multiplication of an exactly scaled
   normal number. */
long double scalbnl(long double x, int n)
{
	u128 u = asu128(x);
	int be = LD_EXPBITS(u);
	if (be == 0x7fff || (u << 1) == 0)
		return x;
	int ex;
	u128 m = ld_unpack(u, &ex);
	if (n > 40000)
		n = 40000;
	if (n < -40000)
		n = -40000;
	int e = ex + 112 + 16383 + n;
	u128 sign = u & LD_SIGN;
	if (e >= 0x7fff)
		return __math_erangel(asldouble(sign | LD_INF));
	if (e > 0)
		return asldouble(sign | (u128)e << 112 | (m & LD_FRAC));
	if (e < -120)
		return __math_erangel(asldouble(sign));
	long double t = asldouble(sign | (u128)(e + 16000) << 112 | (m & LD_FRAC));
	long double y = t * 0x1p-16000L;
	if (y * 0x1p16000L != t)
		errno = ERANGE;
	return y;
}
