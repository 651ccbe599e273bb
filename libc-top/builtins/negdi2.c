#include "internal.h"

i64 __negdi2(i64 a)
{
	return (i64)-(u64)a;
}
