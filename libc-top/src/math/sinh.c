#include "libm_exp.h"

/* sinh(x) = x + x^3 P(x^2) for |x| < 1 (tests/math/remez.py sinh_poly),
   else (e^x - e^-x)/2 in double-double as in cosh. */
double sinh(double x)
{
	double a = __builtin_fabs(x);
	double y;
	if (a < 1) {
		if (a < 0x1p-26)
			return x;
		double z = x * x, z2 = z * z;
		double p = 0x1.5555555555555p-3 + z * 0x1.11111111110fdp-7
		         + z2 * (0x1.a01a01a01ee80p-13 + z * 0x1.71de3a4e13e7dp-19)
		         + z2 * z2 * (0x1.ae6460fbe6130p-26 + z * 0x1.611cb2bdce3a5p-33
		                      + z2 * 0x1.b4125921572dcp-41);
		return x + x * z * p;
	}
	if (!(a < 22)) {
		if (!__builtin_isfinite(x))
			return x + x;
		if (a > 710.5)
			return __math_erange(x * 0x1p1023 * 2.0);
		int k;
		dd e = exp_kernel(a, 0, &k);
		y = __math_scale(e.hi, e.lo, k - 1);
	} else {
		int k;
		dd e = exp_kernel(a, 0, &k);
		e = fast_two_sum(e.hi, e.lo);
		dd i = dd_div((dd){ 1, 0 }, e);
		double s = asdouble((uint64_t)(0x3ff + k - 1) << 52);
		double si = asdouble((uint64_t)(0x3ff - k - 1) << 52);
		dd r = dd_add((dd){ e.hi * s, e.lo * s }, (dd){ -i.hi * si, -i.lo * si });
		y = r.hi + r.lo;
	}
	return x < 0 ? -y : y;
}
