#include "libm_trig.h"

/* As sinf. */
__attribute__((__no_builtin__)) float cosf(float x)
{
	double xd = x, a = __builtin_fabs(xd);
	if (a <= 0x1.921fb54442d18p-1) {
		double z = xd * xd;
		return (float)(1 - 0.5 * z + z * z * cos_poly(z));
	}
	if (!(a < 0x1p20))
		return __math_narrow(cos(xd));
	int n;
	double kd = round_int(xd * 0x1.45f306dc9c883p-1, &n);
	/* The 33-bit head makes kd * head exact; the rest of pi/2 follows. */
	double r = ((xd - kd * 0x1.921fb54400000p+0) - kd * 0x1.0b4611a600000p-34)
	         - kd * 0x1.3198a2e037073p-69;
	double z = r * r, y;
	if (n & 1)
		y = r + r * z * sin_poly(z);
	else
		y = 1 - 0.5 * z + z * z * cos_poly(z);
	return (float)((n + 1) & 2 ? -y : y);
}
