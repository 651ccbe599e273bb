#include "internal.h"

u64 __umoddi3(u64 a, u64 b)
{
	return a % b;
}
