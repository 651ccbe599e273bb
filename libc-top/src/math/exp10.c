#include "libm_exp.h"

/* 10^x = 2^(x*log2(10)): with kd = round(x*128*log2(10)), the remainder
   d = x - kd*log10(2)/128 is computed with a 35-bit head of log10(2)/128
   (exact product and difference) and a tail, then 10^d = exp(d*ln10). */
double exp10(double x)
{
	uint32_t top = asuint64(x) >> 52 & 0x7ff;
	if (top >= 0x407) {
		/* |x| >= 256, infinity or NaN. */
		if (__builtin_isnan(x))
			return x + x;
		if (x == __builtin_inf())
			return x;
		if (x == -__builtin_inf())
			return 0.0;
		if (x > 308.3)
			return __math_erange(0x1p1023 * 2.0);
		if (x < -323.7)
			return __math_erange(0x1p-1074 * 0.5);
	}
	int ki;
	double kd = round_int(x * 0x1.a934f0979a371p+8, &ki);
	double d = (x - kd * 0x1.3441350a00000p-9) - kd * -0x1.0c0219dc1da99p-46;
	double r = d * 0x1.26bb1bbb55516p+1;
	if (ki >> 7 < -1000 || ki >> 7 > 1022) {
		int k;
		dd y = exp_finish(r, ki, &k);
		return __math_scale(y.hi, y.lo, k);
	}
	return exp_finish_normal(r, ki);
}
