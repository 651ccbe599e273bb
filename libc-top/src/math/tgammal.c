#include "libm_ldfun.h"

long double __tgammal_pos(long double x);

/* Stirling's series after an upward shift for x > 0; the reflection
   pi / (sin(pi x) Gamma(1 - x)) for x < 0. */
long double tgammal(long double x)
{
	if (!__builtin_isfinite(x)) {
		if (x == -__builtin_infl())
			return __math_edoml(__builtin_nanl(""));
		return x + x;
	}
	if (x == 0)
		return __math_erangel(1 / x);
	if (x < 0 && ld_round_int(x, 4) == x)
		return __math_edoml(__builtin_nanl(""));
	if (x > 1755.5L)
		return __math_erangel(__builtin_infl());
	if (fabsl(x) < 0x1p-120L)
		return 1 / x;
	if (x > 0)
		return __tgammal_pos(x);
	if (x < -1800)
		return __math_erangel(((int64_t)ld_round_int(x, 0) & 1) ? 0.0L : -0.0L);
	long double s = sinl(LDL_PI * (x - ld_round_int(x, 4)));
	if ((int64_t)ld_round_int(x, 4) & 1)
		s = -s;
	long double g = __tgammal_pos(1 - x);
	if (__builtin_isinf(g))
		return __math_erangel(s < 0 ? -0.0L : 0.0L);
	return LDL_PI / (s * g);
}
