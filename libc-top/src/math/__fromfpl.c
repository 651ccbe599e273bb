#include "libm_ld.h"

/* As __fromfp (C23 7.12.9.10, 7.12.9.11), for long double. */
long double __fromfpl(long double x, int rnd, unsigned width, int is_unsigned)
{
	int mode;
	switch (rnd) {
	case FP_INT_UPWARD: mode = 2; break;
	case FP_INT_DOWNWARD: mode = 1; break;
	case FP_INT_TOWARDZERO: mode = 0; break;
	case FP_INT_TONEARESTFROMZERO: mode = 3; break;
	default: mode = 4;
	}
	if (width == 0 || !__builtin_isfinite(x))
		return __math_edoml(__builtin_nanl(""));
	long double r = ld_round_int(x, mode);
	/* Every finite long double is below 2^16384 in magnitude. */
	unsigned bits = width - !is_unsigned;
	if (bits >= 16384)
		return is_unsigned && r < 0 ? __math_edoml(__builtin_nanl("")) : r;
	long double top = scalbnl(1, bits);
	if (r >= top || r < (is_unsigned ? 0 : -top))
		return __math_edoml(__builtin_nanl(""));
	return r;
}
