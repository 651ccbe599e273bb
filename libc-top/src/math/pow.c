#include "libm_exp.h"
#include "libm_log.h"

/* 0 if y is not an integer, 1 if it is odd, 2 if it is even. */
static int integer_kind(double y)
{
	uint64_t iy = asuint64(y);
	int e = (iy >> 52 & 0x7ff) - 0x3ff;
	if (e > 52)
		return 2;
	if (e < 0)
		return 0;
	uint64_t frac = 0x000fffffffffffff >> e;
	if (iy & frac)
		return 0;
	return (iy >> (52 - e) & 1) ? 1 : 2;
}

/* pow(x, y) = exp(y log|x|): log|x| as hi + lo to 2^-67 (so that y log|x|,
   at most 746 in magnitude, is known to 2^-57), y hi as the exact product
   of their 26-bit heads plus the smaller cross terms, then the exp kernel's
   table and polynomial. The special cases are those of C17 F.10.4.4. */
double pow(double x, double y)
{
	uint64_t ix = asuint64(x), iy = asuint64(y);
	int neg = 0;
	/* Anything but a positive normal x and 0 < |y| < 2^64 goes through the
	   special cases first. */
	if (ix - 0x0010000000000000 >= 0x7ff0000000000000 - 0x0010000000000000
	    || (iy & 0x7fffffffffffffff) - 1 >= 0x43f0000000000000 - 1) {
		if ((iy << 1) == 0 || ix == 0x3ff0000000000000)
			return 1.0;
		if (__builtin_isnan(x) || __builtin_isnan(y))
			return x + y;
		if (__builtin_isinf(y)) {
			double ax = __builtin_fabs(x);
			if (ax == 1)
				return 1.0;
			return (ax < 1) == (y < 0) ? __builtin_inf() : 0.0;
		}
		int yk = integer_kind(y);
		if (ix >> 63) {
			if (yk == 0 && x != 0 && !__builtin_isinf(x))
				return __math_edom(__builtin_nan(""));
			neg = yk == 1;
			x = -x;
			ix &= 0x7fffffffffffffff;
			if (ix == 0x3ff0000000000000)
				return neg ? -1.0 : 1.0;
		}
		if (x == 0 || __builtin_isinf(x)) {
			double r = (x == 0) == (y < 0) ? __builtin_inf() : 0.0;
			if (neg)
				r = -r;
			if (x == 0 && y < 0)
				errno = ERANGE;
			return r;
		}
		if (__builtin_fabs(y) > 0x1p64) {
			/* |log x| >= 2^-53 when x != 1, so |y log x| > 2^10: the
			   result overflows or underflows. */
			double r = (x > 1) == (y > 0) ? 0x1p1023 * 2.0 : 0x1p-1074 * 0.5;
			return __math_erange(neg ? -r : r);
		}
		ix = log_bits(x);
	}
	double zl, zh = log_times(log_dd_parts(ix), y, &zl);
	double r = exp_dd(zh, zl);
	return neg ? -r : r;
}
