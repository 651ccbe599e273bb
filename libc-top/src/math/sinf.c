#include "libm_trig.h"

/* In double: x = n pi/2 + r with pi/2 in three pieces (enough for float
   arguments below 2^20, which come no closer than 2^-32 to a multiple of
   pi/2), then the double kernels; larger arguments through sin. */
__attribute__((__no_builtin__)) float sinf(float x)
{
	double xd = x, a = __builtin_fabs(xd);
	if (a <= 0x1.921fb54442d18p-1) {
		if (a < 0x1p-26)
			return x;
		double z = xd * xd;
		return (float)(xd + xd * z * sin_poly(z));
	}
	if (!(a < 0x1p20))
		return __math_narrow(sin(xd));
	int n;
	double kd = round_int(xd * 0x1.45f306dc9c883p-1, &n);
	/* The 33-bit head makes kd * head exact; the rest of pi/2 follows. */
	double r = ((xd - kd * 0x1.921fb54400000p+0) - kd * 0x1.0b4611a600000p-34)
	         - kd * 0x1.3198a2e037073p-69;
	double z = r * r, y;
	if (n & 1)
		y = 1 - 0.5 * z + z * z * cos_poly(z);
	else
		y = r + r * z * sin_poly(z);
	return (float)(n & 2 ? -y : y);
}
