#include "libm.h"

float ufromfpf(float x, int rnd, unsigned int width)
{
	return (float)__fromfp(x, rnd, width, 1);
}
