#include "libm_log.h"

#define LOG2E_HI 0x1.71547652b82fep+0
#define LOG2E_LO 0x1.777d0ffda0d24p-56

/* log2(1 + x) (C23 7.12.6.15): log1p_dd's double-double times 1/ln2 as
   one, rounded once. */
double log2p1(double x)
{
	if (!(x > -1.0) || x == __builtin_inf()) {
		if (__builtin_isnan(x) || x == __builtin_inf())
			return x + x;
		if (x == -1.0)
			return __math_erange(-__builtin_inf());
		return __math_edom(__builtin_nan(""));
	}
	if (__builtin_fabs(x) < 0x1p-900)
		return dd_mul_tiny(x, (dd){ LOG2E_HI, LOG2E_LO });
	return dd_mul(log1p_dd(x), (dd){ LOG2E_HI, LOG2E_LO }).hi;
}
