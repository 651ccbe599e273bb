#include "internal.h"

i128 __lshrti3(i128 a, int n)
{
	return (i128)shr128((u128)a, (unsigned)n & 127);
}
