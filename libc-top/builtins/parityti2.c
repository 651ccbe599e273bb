#include "internal.h"

/* 1 if the number of set bits is odd. */
int __parityti2(i128 a)
{
	return __builtin_parityll(lo64((u128)a) ^ hi64((u128)a));
}
