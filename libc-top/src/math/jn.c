#include "libm.h"

/* J_n by recurrence: forward from J0 and J1 where n <= |x| (the stable
   direction), else Miller's backward recurrence from far above n,
   normalised by whichever of J0, J1 is larger. */
double jn(int n, double x)
{
	if (__builtin_isnan(x))
		return x + x;
	int sign = 0;
	if (n < 0) {
		/* J_-n = (-1)^n J_n; -n may overflow, so recur on -(n+1) + 1. */
		sign = n & 1;
		n = -(n + 1);
		n++;
	}
	if (x < 0) {
		x = -x;
		sign ^= n & 1;
	}
	double r;
	if (n == 0)
		r = j0(x);
	else if (n == 1)
		r = j1(x);
	else if (x == 0 || __builtin_isinf(x))
		r = 0.0;
	else if (x < 0x1p-20) {
		/* J_n(x) = (x/2)^n / n! (1 + O(x^2)), possibly underflowing. */
		r = 1;
		for (int k = 1; k <= n && r != 0; k++)
			r *= 0.5 * x / k;
	}
	else if (n <= x) {
		double a = j0(x), b = j1(x);
		for (int k = 1; k < n; k++) {
			double c = 2.0 * k / x * b - a;
			a = b;
			b = c;
		}
		r = b;
	} else {
		int m = n + 20 + (int)__builtin_sqrt(40.0 * n);
		m += m & 1;
		/* f_k from f_(m+1) = 0, f_m = 2^-500, rescaled by 2^-1000 when
		   large; sn and s1 count the rescalings since f_n and f_1 were
		   taken, to be undone in the final normalisation. */
		double a = 0, b = 0x1p-500, fn = 0, f1 = 0;
		int sn = 0, s1 = 0;
		for (int k = m; k > 0; k--) {
			double c = 2.0 * k / x * b - a;
			a = b;
			b = c;
			if (k - 1 == n)
				fn = b;
			if (k - 1 == 1)
				f1 = b;
			if (__builtin_fabs(b) > 0x1p500) {
				a *= 0x1p-1000;
				b *= 0x1p-1000;
				if (k - 1 <= n)
					sn++;
				if (k - 1 <= 1)
					s1++;
			}
		}
		double j0x = j0(x), j1x = j1(x);
		if (__builtin_fabs(j0x) > __builtin_fabs(j1x))
			r = scalbn(fn * (j0x / b), -1000 * sn);
		else
			r = scalbn(fn * (j1x / f1), -1000 * (sn - s1));
	}
	return sign ? -r : r;
}
