#include "internal.h"

/* Trailing zero bits; 64 for 0. */
int __ctzdi2(i64 a)
{
	return a ? __builtin_ctzll((u64)a) : 64;
}
