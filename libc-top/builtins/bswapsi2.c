#include "internal.h"

u32 __bswapsi2(u32 a)
{
	return __builtin_bswap32(a);
}
