#include "libm_ldfun.h"

/* atan(x)/pi: atanl's result times 1/pi; +-1/2 at infinity. */
long double atanpil(long double x)
{
	if (__builtin_isinf(x))
		return __builtin_copysignl(0.5L, x);
	if (fabsl(x) < 0x1p-60L)
		return ldl_mul_tiny(x, LDL_INVPI);
	return atanl(x) * LDL_INVPI;
}
