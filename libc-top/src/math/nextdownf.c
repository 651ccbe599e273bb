#include "libm.h"

float nextdownf(float x)
{
	return -nextupf(-x);
}
