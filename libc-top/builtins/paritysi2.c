#include "internal.h"

/* 1 if the number of set bits is odd. */
int __paritysi2(i32 a)
{
	return __builtin_parity((u32)a);
}
