#include "internal.h"

i64 __ashrdi3(i64 a, int n)
{
	return a >> (n & 63);
}
