#include "libm.h"
#include "libm_nan.h"

double nan(const char *s)
{
	uint64_t p = __nan_payload(s) & 0x0007ffffffffffff;
	return asdouble(0x7ff8000000000000 | p);
}
