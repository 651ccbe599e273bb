//! stdout: tests/c/stdio/buffering.out
/* stdout's buffering modes, seen in the order of the output against
   direct writes: full (not a terminal here), line, none; and stderr
   never buffers. */
#include <stdio.h>
#include <unistd.h>

int main(void)
{
	static char buf[64];

	printf("full\n");
	write(1, "1\n", 2);
	fflush(stdout);

	setvbuf(stdout, buf, _IOLBF, sizeof buf);
	printf("line\npartial ");
	write(1, "2\n", 2);
	printf("done\n");

	setvbuf(stdout, 0, _IONBF, 0);
	printf("none ");
	write(1, "3\n", 2);
	return 0;
}
