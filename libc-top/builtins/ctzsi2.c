#include "internal.h"

/* Trailing zero bits; 32 for 0. */
int __ctzsi2(i32 a)
{
	return a ? __builtin_ctz((u32)a) : 32;
}
