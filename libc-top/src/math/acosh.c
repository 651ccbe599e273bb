#include "libm.h"

/* acosh(x) = log(x + sqrt((x - 1)(x + 1))) with the argument as a
   double-double; log(x) + ln2 for x > 2^28. */
double acosh(double x)
{
	if (!(x >= 1)) {
		if (__builtin_isnan(x))
			return x + x;
		return __math_edom(__builtin_nan(""));
	}
	if (x == __builtin_inf())
		return x;
	if (x == 1)
		return 0.0;
	dd l;
	if (x > 0x1p28) {
		l = dd_add(__log_dd(x), (dd){ 0x1.62e42fefa39efp-1, 0x1.abc9e3b39803fp-56 });
	} else {
		dd s = dd_sqrt(dd_mul((dd){ x - 1, 0 }, two_sum(x, 1)));
		dd u = dd_add_d(s, x);
		l = __log_dd(u.hi);
		l.lo += u.lo / u.hi;
	}
	return l.hi + l.lo;
}
