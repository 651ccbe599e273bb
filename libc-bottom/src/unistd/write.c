#include <unistd.h>
#include "fd_impl.h"
#include "io_impl.h"
#include "syscall.h"

ssize_t write(int fd, const void *buf, size_t n)
{
	struct iovec iov = { (void *)buf, n };
	struct __fd_file *f = __fd_file(fd);
	if (f && f->ops)
		return f->ops->write(f, &iov, 1, 0);
	int h = f ? f->host : fd;
	__wasi_size_t put;
	__wasi_errno_t e = __wasi_fd_write(h, (const __wasi_ciovec_t *)&iov, 1, &put);
	return e ? __io_fail(h, e) : (ssize_t)put;
}
