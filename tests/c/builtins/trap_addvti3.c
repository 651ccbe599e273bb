//! exit: 134
/* -ftrapv addition traps (wasm unreachable) when the sum does not fit. */
#include <stdio.h>

__int128 __addvti3(__int128, __int128);

int main(void)
{
	volatile __int128 max = (__int128)(~(unsigned __int128)0 >> 1), one = 1;
	__int128 r = __addvti3(max, one);
	printf("no trap: %d\n", (int)r);
	return 0;
}
