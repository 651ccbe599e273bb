#include "libm.h"

float roundf(float x)
{
	float t = __builtin_truncf(x);
	if (__builtin_fabsf(x - t) >= 0.5f)
		t += __builtin_copysignf(1.0f, x);
	return t;
}
