/* printf("%d") to stdout (fully buffered, not a terminal). */
#include <stdio.h>

int main(void)
{
	int i;

	for (i = 0; i < 300000; i++)
		printf("%d\n", i * 7919 - 1000000000);
	return 0;
}
