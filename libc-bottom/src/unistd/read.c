#include <unistd.h>
#include "syscall.h"

ssize_t read(int fd, void *buf, size_t n)
{
	__wasi_iovec_t iov = { buf, n };
	__wasi_size_t got;
	__wasi_errno_t e = __wasi_fd_read(fd, &iov, 1, &got);
	return e ? __wasi_fail(e) : (ssize_t)got;
}
