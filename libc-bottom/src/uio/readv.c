#include <sys/uio.h>
#include "fd_impl.h"
#include "io_impl.h"

ssize_t readv(int fd, const struct iovec *iov, int n)
{
	if (__iov_check(iov, n) < 0)
		return -1;
	struct __fd_file *f = __fd_file(fd);
	if (f && f->ops)
		return f->ops->read(f, iov, n, 0);
	int h = f ? f->host : fd;
	return __io_vec(h, iov, n, 0, -1);
}
