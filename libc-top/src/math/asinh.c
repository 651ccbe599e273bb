#include "libm.h"

/* asinh(x) = log(a + sqrt(a^2 + 1)) with the argument of the logarithm as
   a double-double u, log(u) = log(u.hi) + u.lo/u.hi; for a > 2^28 it is
   log(a) + ln2. */
double asinh(double x)
{
	double a = __builtin_fabs(x);
	if (!__builtin_isfinite(x))
		return x + x;
	if (a < 0x1p-26)
		return x;
	dd l;
	if (a > 0x1p28) {
		l = dd_add(__log_dd(a), (dd){ 0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56 });
	} else {
		dd s = dd_sqrt(dd_add_d(two_sqr(a), 1.0));
		dd u = dd_add_d(s, a);
		l = __log_dd(u.hi);
		l.lo += u.lo / u.hi;
	}
	double y = l.hi + l.lo;
	return x < 0 ? -y : y;
}
