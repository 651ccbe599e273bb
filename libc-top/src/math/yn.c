#include "libm.h"

/* Y_n by forward recurrence from Y0 and Y1, stable for all x > 0. */
double yn(int n, double x)
{
	if (__builtin_isnan(x))
		return x + x;
	int sign = 0;
	if (n < 0) {
		sign = n & 1;
		n = -(n + 1);
		n++;
	}
	if (x < 0)
		return __math_edom(__builtin_nan(""));
	if (x == 0)
		return __math_erange(sign ? __builtin_inf() : -__builtin_inf());
	if (x == __builtin_inf())
		return 0.0;
	double a = y0(x);
	double r = a;
	if (n > 0) {
		double b = y1(x);
		for (int k = 1; k < n && !__builtin_isinf(b); k++) {
			double c = 2.0 * k / x * b - a;
			a = b;
			b = c;
		}
		r = b;
	}
	if (__builtin_isinf(r))
		errno = ERANGE;
	return sign ? -r : r;
}
