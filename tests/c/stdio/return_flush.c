//! stdout: tests/c/stdio/return_flush.out
/* Returning from main is exit: buffered output goes out, in order. */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	printf("first ");
	write(1, "direct ", 7);
	printf("second\n");
	return 0;
}
