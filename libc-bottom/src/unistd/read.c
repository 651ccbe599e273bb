#include <unistd.h>
#include "fd_impl.h"
#include "io_impl.h"
#include "syscall.h"

ssize_t read(int fd, void *buf, size_t n)
{
	struct iovec iov = { buf, n };
	struct __fd_file *f = __fd_file(fd);
	if (f && f->ops)
		return f->ops->read(f, &iov, 1, 0);
	int h = f ? f->host : fd;
	__wasi_size_t got;
	__wasi_errno_t e = __wasi_fd_read(h, (const __wasi_iovec_t *)&iov, 1, &got);
	return e ? __io_fail(h, e) : (ssize_t)got;
}
