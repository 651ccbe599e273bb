#include "internal.h"

u64 __udivdi3(u64 a, u64 b)
{
	return a / b;
}
