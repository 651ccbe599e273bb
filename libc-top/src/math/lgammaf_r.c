#include "libm.h"

float lgammaf_r(float x, int *sign)
{
	return __math_narrow(__lgamma_r(x, sign));
}
