#include "libm_trig.h"

extern const double __lgamma_stirling[10];

#define HALF_LOG_2PI_HI 0x1.d67f1c864beb5p-1
#define HALF_LOG_2PI_LO -0x1.65b5a1b7ff5dfp-55

/* log Gamma(z) for z >= 12: Stirling's series, its leading terms in
   double-double; the sum stops at z^-19, below 2^-62 for z >= 12. */
static dd stirling(dd z)
{
	dd lz = __log_dd(z.hi);
	lz.lo += z.lo / z.hi;
	dd r = dd_mul(dd_add_d(z, -0.5), lz);
	r = dd_add(r, (dd){ -z.hi, -z.lo });
	r = dd_add(r, (dd){ HALF_LOG_2PI_HI, HALF_LOG_2PI_LO });
	double iz = 1 / z.hi, w = iz * iz;
	double s = __lgamma_stirling[9];
	for (int k = 8; k >= 0; k--)
		s = __lgamma_stirling[k] + w * s;
	return dd_add_d(r, s * iz);
}

/* log Gamma(z) for z > 0: Stirling at z + n >= 12, less the logarithm of
   z (z + 1) ... (z + n - 1), all in double-double. */
dd __lgamma_pos(dd z)
{
	if (z.hi >= 12)
		return stirling(z);
	dd p = { 1, 0 };
	while (z.hi < 12) {
		p = dd_mul(p, z);
		z = dd_add_d(z, 1.0);
	}
	dd l = stirling(z);
	dd lp = __log_dd(p.hi);
	lp.lo += p.lo / p.hi;
	return dd_add(l, (dd){ -lp.hi, -lp.lo });
}

/* sin(pi x) for |x| < 2^52. */
dd __sinpi_dd(double x)
{
	dd t;
	double f;
	int q = pi_reduce(x, &t, &f);
	dd s = q & 1 ? cos_kernel(t) : sin_kernel(t);
	s = fast_two_sum(s.hi, s.lo);
	if (q & 2) {
		s.hi = -s.hi;
		s.lo = -s.lo;
	}
	return s;
}
