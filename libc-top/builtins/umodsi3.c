#include "internal.h"

u32 __umodsi3(u32 a, u32 b)
{
	return a % b;
}
