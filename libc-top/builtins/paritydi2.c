#include "internal.h"

/* 1 if the number of set bits is odd. */
int __paritydi2(i64 a)
{
	return __builtin_parityll((u64)a);
}
