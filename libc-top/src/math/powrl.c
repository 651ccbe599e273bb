#include "libm.h"

/* As powr: the domain x >= 0, with 0^0, inf^0 and 1^inf domain errors;
   elsewhere powl's values. */
long double powrl(long double x, long double y)
{
	if (__builtin_isnan(x) || __builtin_isnan(y))
		return x + y;
	if (__builtin_signbit(x) && x != 0)
		return __math_edoml(__builtin_nanl(""));
	if (x == 0) {
		if (y == 0)
			return __math_edoml(__builtin_nanl(""));
		if (y > 0)
			return 0.0L;
		if (y == -__builtin_infl())
			return __builtin_infl();
		return __math_erangel(__builtin_infl());
	}
	if ((__builtin_isinf(x) && y == 0) || (x == 1 && __builtin_isinf(y)))
		return __math_edoml(__builtin_nanl(""));
	return powl(x, y);
}
