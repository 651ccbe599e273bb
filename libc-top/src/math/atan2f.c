#include "libm_atan.h"

/* In double: q = |y/x| or its inverse (at most 1), then atan(q) =
   atan(c) + atan((q - c)/(1 + q c)) with c from the atan table, and a
   short series; the relative error before rounding to float stays below
   2^-45. Infinities, zeros and NaN go through atan2. */
__attribute__((__no_builtin__)) float atan2f(float y, float x)
{
	double ax = __builtin_fabs((double)x), ay = __builtin_fabs((double)y);
	if (!(ax > 0 && ay > 0 && ax < 0x1p200 && ay < 0x1p200))
		return (float)atan2(y, x);
	int swap = ay > ax;
	double q = swap ? ax / ay : ay / ax;
	double r;
	if (q < 0x1p-4) {
		double z = q * q;
		r = q + q * z * (-0x1.5555555555555p-2 + z * (0x1.999999999999ap-3 - z * 0x1.2492492492492p-3));
	} else {
		uint64_t iq = asuint64(q);
		int idx = (int)((iq >> 52) - 1019) * 16 + (int)(iq >> 48 & 15);
		const double *T = __atan_tab + 3 * idx;
		double t = (q - T[0]) / (1 + q * T[0]);
		double z = t * t;
		r = T[1] + (t + t * z * (-0x1.5555555555555p-2 + z * 0x1.999999999999ap-3));
	}
	if (swap)
		r = 0x1.921fb54442d18p+0 - r;
	if (__builtin_signbit(x))
		r = 0x1.921fb54442d18p+1 - r;
	return (float)(__builtin_signbit(y) ? -r : r);
}
