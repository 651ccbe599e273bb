#include "libm_log.h"

#define LOG10E_HI 0x1.bcb7b1526e50ep-2
#define LOG10E_LO 0x1.95355baaafad3p-57

/* log10(1 + x) (C23 7.12.6.13): log1p_dd's double-double times 1/ln10 as
   one, rounded once. */
double log10p1(double x)
{
	if (!(x > -1.0) || x == __builtin_inf()) {
		if (__builtin_isnan(x) || x == __builtin_inf())
			return x + x;
		if (x == -1.0)
			return __math_erange(-__builtin_inf());
		return __math_edom(__builtin_nan(""));
	}
	if (__builtin_fabs(x) < 0x1p-900)
		return dd_mul_tiny(x, (dd){ LOG10E_HI, LOG10E_LO });
	return dd_mul(log1p_dd(x), (dd){ LOG10E_HI, LOG10E_LO }).hi;
}
