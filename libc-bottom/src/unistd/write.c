#include <unistd.h>
#include "syscall.h"

ssize_t write(int fd, const void *buf, size_t n)
{
	__wasi_ciovec_t iov = { buf, n };
	__wasi_size_t put;
	__wasi_errno_t e = __wasi_fd_write(fd, &iov, 1, &put);
	return e ? __wasi_fail(e) : (ssize_t)put;
}
