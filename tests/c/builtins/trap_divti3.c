//! exit: 134
/* 128-bit division by zero traps, like wasm's own i64.div_s. */
#include <stdio.h>

int main(void)
{
	volatile __int128 a = 1, zero = 0;
	__int128 r = a / zero;
	printf("no trap: %d\n", (int)r);
	return 0;
}
