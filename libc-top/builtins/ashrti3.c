#include "internal.h"

i128 __ashrti3(i128 a, int n)
{
	return sar128(a, (unsigned)n & 127);
}
