#include "libm_atan.h"

/* atan(x) for x.hi >= 0 (possibly infinite) with relative error below
   2^-56: directly for x < 1/16, as pi/2 - atan(1/x) for x >= 16, and in
   between as atan(c) + atan((x - c) / (1 + x c)) with c the centre of one
   of 16 subintervals of x's binade (tests/math/tables.py), which leaves
   |t| <= 2^-6. */
dd __atan_dd(dd x)
{
	double a = x.hi;
	if (a < 0x1p-4)
		return atan_small(x);
	if (a > 0x1p60)
		return (dd){ PIO2_HI, PIO2_LO - 1 / a };
	if (a >= 16) {
		double q = 1 / a;
		dd p = two_prod(q, a);
		dd iq = { q, ((1 - p.hi) - p.lo - q * x.lo) * q };
		dd t = atan_small(iq);
		dd s = two_sum(PIO2_HI, -t.hi);
		return fast_two_sum(s.hi, s.lo + PIO2_LO - t.lo);
	}
	uint64_t ia = asuint64(a);
	int idx = (int)((ia >> 52) - 1019) * 16 + (int)(ia >> 48 & 15);
	const double *T = __atan_tab + 3 * idx;
	double c = T[0];
	/* t = (x - c)/(1 + x c), |t| <= 2^-6, to a relative 2^-52: its error
	   adds at most 2^-58 to a result of at least 1/16. */
	double t0 = (a - c + x.lo) / (1 + a * c);
	dd t = atan_small((dd){ t0, 0 });
	dd s = two_sum(T[1], t.hi);
	return fast_two_sum(s.hi, s.lo + T[2] + t.lo);
}
