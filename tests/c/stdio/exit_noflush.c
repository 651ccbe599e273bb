//! stdout: tests/c/stdio/exit_noflush.out
//! exit: 3
/* _Exit does not flush (C11 7.22.4.5): what stdout still buffers is lost,
   while what was flushed or written directly stays. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(void)
{
	printf("flushed\n");
	fflush(stdout);
	printf("lost\n");
	write(1, "direct\n", 7);
	_Exit(3);
}
