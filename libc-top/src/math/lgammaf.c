#include "libm.h"

float lgammaf(float x)
{
	return __math_narrow(__lgamma_r(x, &signgam));
}
