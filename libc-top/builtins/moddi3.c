#include "internal.h"

i64 __moddi3(i64 a, i64 b)
{
	return a % b;
}
