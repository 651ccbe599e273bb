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

/* pow(x, y) = exp(y log|x|): log|x| as a double-double to 2^-67 (so that
   y log|x|, at most 746 in magnitude, is known to 2^-57), then the exp
   kernel with the low part of the product as its argument's tail. The
   special cases are those of C17 F.10.4.4. */
double pow(double x, double y)
{
	uint64_t ix = asuint64(x), iy = asuint64(y);
	int neg = 0;
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

	double ay = __builtin_fabs(y);
	if (ay > 0x1p64) {
		/* |log x| >= 2^-53 when x != 1, so |y log x| > 2^10: the result
		   overflows or underflows. */
		double r = (x > 1) == (y > 0) ? 0x1p1023 * 2.0 : 0x1p-1074 * 0.5;
		return __math_erange(neg ? -r : r);
	}
	dd l = log_inline(x);
	dd z = two_prod(y, l.hi);
	z.lo += y * l.lo;
	double r;
	if (__builtin_fabs(z.hi) > 708.0) {
		if (z.hi > 709.8)
			r = __math_erange(0x1p1023 * 2.0);
		else if (z.hi < -745.2)
			r = __math_erange(0x1p-1074 * 0.5);
		else {
			int k;
			dd e = exp_kernel(z.hi, z.lo, &k);
			r = __math_scale(e.hi, e.lo, k);
		}
	} else {
		int k;
		dd e = exp_kernel(z.hi, z.lo, &k);
		r = exp_scale(e, k);
	}
	return neg ? -r : r;
}
