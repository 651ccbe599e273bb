#include "internal.h"

i32 __divsi3(i32 a, i32 b)
{
	return a / b;
}
