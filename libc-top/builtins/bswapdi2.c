#include "internal.h"

u64 __bswapdi2(u64 a)
{
	return __builtin_bswap64(a);
}
