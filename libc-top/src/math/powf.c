#include "libm_exp.h"
#include "libm_log.h"

/* x^y = exp(y log x) in double for positive finite x: log x from the
   table with a degree-5 series (absolute error below 2^-44 where it is not
   0), so that y log x, kept below 87, is known to 2^-35 or better; then
   exp2n_float of it in units of ln2/128. The series is split in halves
   that evaluate in parallel. The other cases go through pow, whose
   special cases they share. */
__attribute__((__no_builtin__)) float powf(float x, float y)
{
	uint32_t ix = asuint(x), iy = asuint(y);
	if (ix - 0x00800000 >= 0x7f800000 - 0x00800000 || (iy << 1) - 1 >= 0xff000000 - 1)
		return __math_narrow(pow(x, y));
	int e;
	double r;
	const double *T = logf_lookup(ix, &e, &r);
	double r2 = r * r;
	double l = ((e * 0x1.62e42fefa39efp-1 + T[1] + T[2]) + r)
	         + r2 * (-0.5 + 0x1.5555555555555p-2 * r) + r2 * r2 * (-0.25 + 0.2 * r);
	/* y log x in units of ln2/128, with y scaled first so that the
	   scaling is off the chain of dependent operations. */
	double zn = (y * EXP_INVLN2N) * l;
	if (!(__builtin_fabs(zn) < 87.0 * EXP_INVLN2N))
		return __math_narrow(pow(x, y));
	return (float)exp2n_float(zn);
}
