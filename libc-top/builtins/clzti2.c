#include "internal.h"

/* Leading zero bits; 128 for 0. */
int __clzti2(i128 a)
{
	return a ? clz128((u128)a) : 128;
}
