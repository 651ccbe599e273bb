//! hosts: wasi-run wasmtime
/* File times to the nanosecond. Not on node: node:wasi sets whole
   seconds only. */
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	int fd = open("/tmp/t", O_RDWR | O_CREAT, 0644);
	struct timespec ts[2] = { { 1000000000, 123456789 }, { 1100000000, 987654321 } };
	struct stat s;
	CHECK(futimens(fd, ts) == 0 && fstat(fd, &s) == 0);
	CHECK(s.st_atim.tv_sec == 1000000000 && s.st_atim.tv_nsec == 123456789);
	CHECK(s.st_mtim.tv_sec == 1100000000 && s.st_mtim.tv_nsec == 987654321);
	ts[1].tv_nsec = 1;
	CHECK(utimensat(AT_FDCWD, "/tmp/t", ts, 0) == 0 && stat("/tmp/t", &s) == 0);
	CHECK(s.st_mtim.tv_sec == 1100000000 && s.st_mtim.tv_nsec == 1);
	close(fd);
	return check_result();
}
