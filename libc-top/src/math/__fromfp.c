#include "libm.h"

/* C23 7.12.9.10 and 7.12.9.11: x rounded to an integer in the direction
   rnd names (a value that is not an FP_INT_ macro rounds as the current
   mode, to nearest even), if that integer fits a signed integer type of
   width bits, or with is_unsigned an unsigned one; otherwise, and for a
   NaN, an infinity or width 0, a domain error and NaN. The fromfpx forms
   differ only in raising inexact, which WebAssembly has not. */
double __fromfp(double x, int rnd, unsigned width, int is_unsigned)
{
	double r;
	switch (rnd) {
	case FP_INT_UPWARD: r = __builtin_ceil(x); break;
	case FP_INT_DOWNWARD: r = __builtin_floor(x); break;
	case FP_INT_TOWARDZERO: r = __builtin_trunc(x); break;
	case FP_INT_TONEARESTFROMZERO: r = round(x); break;
	default: r = __builtin_rint(x);
	}
	if (width == 0 || !__builtin_isfinite(r))
		return __math_edom(__builtin_nan(""));
	/* Every finite double is below 2^1024 in magnitude. */
	unsigned bits = width - !is_unsigned;
	if (bits >= 1024)
		return is_unsigned && r < 0 ? __math_edom(__builtin_nan("")) : r;
	double top = scalbn(1, bits);
	if (r >= top || r < (is_unsigned ? 0 : -top))
		return __math_edom(__builtin_nan(""));
	return r;
}
