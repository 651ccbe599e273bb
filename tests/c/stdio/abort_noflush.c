//! stdout: tests/c/stdio/abort_noflush.out
//! exit: 134
/* abort does not flush either: its buffered output is lost. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(void)
{
	printf("lost\n");
	write(1, "direct\n", 7);
	abort();
}
