#include "internal.h"

i64 __divdi3(i64 a, i64 b)
{
	return a / b;
}
