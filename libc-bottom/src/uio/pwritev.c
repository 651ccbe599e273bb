#include <sys/uio.h>
#include "fd_impl.h"
#include "io_impl.h"

ssize_t pwritev(int fd, const struct iovec *iov, int n, off_t off)
{
	int h = __fd_host(fd, ESPIPE);
	if (h < 0 || __iov_check(iov, n) < 0)
		return -1;
	if (off < 0) {
		errno = EINVAL;
		return -1;
	}
	return __io_vec(h, iov, n, 1, off);
}
