#include "internal.h"

u32 __udivsi3(u32 a, u32 b)
{
	return a / b;
}
