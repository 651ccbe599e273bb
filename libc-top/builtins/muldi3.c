#include "internal.h"

i64 __muldi3(i64 a, i64 b)
{
	return (i64)((u64)a * (u64)b);
}
