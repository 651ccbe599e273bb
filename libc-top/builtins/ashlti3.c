#include "internal.h"

/* a << n for 0 <= n < 128; the compiler passes the count as an int. */
i128 __ashlti3(i128 a, int n)
{
	return (i128)shl128((u128)a, (unsigned)n & 127);
}
