//! stdout: tests/c/fd/dup_stdout.out
/* dup2 onto standard output: redirect it into a file and back, and into
   a pipe; what reaches the real output is what the .out file holds. */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	CHECK(write(1, "one\n", 4) == 4);
	int saved = dup(1);
	int f = open("/tmp/out", O_RDWR | O_CREAT | O_TRUNC, 0644);
	CHECK(dup2(f, 1) == 1 && close(f) == 0);
	CHECK(write(1, "to the file\n", 12) == 12);
	CHECK(dup2(saved, 1) == 1 && close(saved) == 0);
	CHECK(write(1, "two\n", 4) == 4);
	char buf[32] = { 0 };
	f = open("/tmp/out", O_RDONLY);
	CHECK(read(f, buf, sizeof buf) == 12 && !strcmp(buf, "to the file\n"));
	close(f);
	/* into a pipe, and read back */
	int p[2];
	CHECK(pipe(p) == 0);
	saved = dup(1);
	CHECK(dup2(p[1], 1) == 1 && close(p[1]) == 0);
	CHECK(write(1, "piped", 5) == 5);
	CHECK(dup2(saved, 1) == 1 && close(saved) == 0);
	CHECK(read(p[0], buf, sizeof buf) == 5 && !memcmp(buf, "piped", 5));
	CHECK(read(p[0], buf, sizeof buf) == 0);
	CHECK(write(1, "three\n", 6) == 6);
	return check_result();
}
