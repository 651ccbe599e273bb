//! hosts: wasi-run wasmtime
/* The standard streams under a host that passes them through: a pipe or
   a terminal, which cannot seek. Not on node: node:wasi reports standard
   output redirected to a file as a seekable regular file. */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	char c;
	errno = 0;
	CHECK(lseek(1, 0, SEEK_CUR) == -1 && errno == ESPIPE);
	errno = 0;
	CHECK(pwrite(1, "x", 1, 0) == -1 && errno == ESPIPE);
	errno = 0;
	CHECK(pread(0, &c, 1, 0) == -1 && errno == ESPIPE);
	errno = 0;
	CHECK(fsync(1) == -1 && errno == EINVAL);
	CHECK(posix_fadvise(1, 0, 0, POSIX_FADV_NORMAL) == ESPIPE);
	CHECK(posix_fallocate(1, 0, 1) == ESPIPE);
	errno = 0;
	CHECK(read(1, &c, 1) == -1 && errno == EBADF);
	errno = 0;
	CHECK(write(0, &c, 1) == -1 && errno == EBADF);
	return check_result();
}
