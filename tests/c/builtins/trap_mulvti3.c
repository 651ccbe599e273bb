//! exit: 134
/* -ftrapv multiplication traps when the product does not fit: 2^64 * 2^63
 * is 2^127, one more than the largest __int128. */
#include <stdio.h>

__int128 __mulvti3(__int128, __int128);

int main(void)
{
	volatile __int128 a = (__int128)1 << 64, b = (__int128)1 << 63;
	__int128 r = __mulvti3(a, b);
	printf("no trap: %d\n", (int)r);
	return 0;
}
