//! exit: 134
/* -ftrapv negation traps on the most negative value. */
#include <stdio.h>

long long __negvdi2(long long);

int main(void)
{
	volatile long long min = -0x7fffffffffffffffLL - 1;
	long long r = __negvdi2(min);
	printf("no trap: %lld\n", r);
	return 0;
}
