#include "libm_exp.h"
#include "libm_log.h"

/* x^y = exp(y log x) in double for positive finite x: log x from the
   table with a degree-5 series (absolute error below 2^-44 where it is not
   0), so that y log x, kept below 87, is known to 2^-35 or better, then a
   short exp; the other cases through pow, whose special cases they share. */
__attribute__((__no_builtin__)) float powf(float x, float y)
{
	uint32_t ix = asuint(x), iy = asuint(y);
	if (ix - 0x00800000 >= 0x7f800000 - 0x00800000 || (iy & 0x7fffffff) >= 0x7f800000
	    || (iy << 1) == 0)
		return __math_narrow(pow(x, y));
	uint64_t iz = asuint64((double)x);
	uint64_t tmp = iz - LOG_OFF;
	int i = tmp >> 45 & 127;
	int e = (int)((int64_t)tmp >> 52);
	double m = asdouble(iz - (tmp & 0xfff0000000000000));
	const double *T = __log_tab + 3 * i;
	double r = m * T[0] - 1.0;
	double r2 = r * r;
	double p = r - 0.5 * r2 + r2 * r * (0x1.5555555555555p-2 - 0.25 * r + 0.2 * r2);
	double l = e * 0x1.62e42fefa39efp-1 + T[1] + (T[2] + p);
	double z = y * l;
	if (!(__builtin_fabs(z) < 87.0))
		return __math_narrow(pow(x, y));
	int ki;
	double kd = round_int(z * EXP_INVLN2N, &ki);
	double rr = z - kd * 0x1.62e42fefa39efp-8;
	double t = asdouble(asuint64(__exp_tab[2 * (ki & 127)]) + ((uint64_t)(ki >> 7) << 52));
	return (float)(t + t * (rr + rr * rr * (0.5 + rr * 0x1.5555555555555p-3)));
}
