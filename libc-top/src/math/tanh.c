#include "libm_exp.h"

/* tanh(x) = x + x^3 P(x^2) for |x| < 1/8 (tests/math/remez.py tanh_poly),
   else (e^2x - 1)/(e^2x + 1) in double-double; 1 beyond 22. */
double tanh(double x)
{
	double a = __builtin_fabs(x);
	double y;
	if (a < 0.125) {
		if (a < 0x1p-27)
			return x;
		double z = x * x, z2 = z * z;
		double p = -0x1.5555555555555p-2 + z * 0x1.111111111110dp-3
		         + z2 * (-0x1.ba1ba1ba18044p-5 + z * 0x1.664f4877e5830p-6)
		         + z2 * z2 * (-0x1.226e25d578c00p-7 + z * 0x1.d6bcf9e178e88p-9
		                      + z2 * -0x1.754b4a642d6e1p-10);
		return x + x * z * p;
	}
	if (!(a < 22)) {
		if (__builtin_isnan(x))
			return x + x;
		y = 1.0;
	} else {
		int k;
		dd e = exp_kernel(2 * a, 0, &k);
		double s = asdouble((uint64_t)(0x3ff + k) << 52);
		e = fast_two_sum(e.hi * s, e.lo * s);
		dd n = dd_add_d(e, -1.0), d = dd_add_d(e, 1.0);
		dd q = dd_div(n, d);
		y = q.hi + q.lo;
	}
	return x < 0 ? -y : y;
}
