//! stdout: tests/c/stdio/exit_flush.out
/* exit flushes every open stream (C11 7.22.4.4): output still buffered in
   stdout, which is fully buffered when it is not a terminal, appears
   after what was written to the descriptor directly. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(void)
{
	printf("buffered ");
	fputs("in stdout\n", stdout);
	write(1, "direct\n", 7);
	exit(0);
}
