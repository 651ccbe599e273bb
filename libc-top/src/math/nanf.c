#include "libm.h"
#include "libm_nan.h"

float nanf(const char *s)
{
	uint32_t p = __nan_payload(s) & 0x003fffff;
	return asfloat(0x7fc00000 | p);
}
