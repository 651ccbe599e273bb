#include "libm.h"

float fromfpf(float x, int rnd, unsigned int width)
{
	return (float)__fromfp(x, rnd, width, 0);
}
