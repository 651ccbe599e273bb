#include "libm_ld.h"
#include "libm_nan.h"

long double nanl(const char *s)
{
	u128 p = __nan_payload(s) & (((u128)1 << 111) - 1);
	return asldouble(LD_INF | (u128)1 << 111 | p);
}
