#include "internal.h"

i64 __ashldi3(i64 a, int n)
{
	return (i64)((u64)a << (n & 63));
}
