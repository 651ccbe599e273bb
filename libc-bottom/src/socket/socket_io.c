#include <errno.h>
#include <poll.h>
#include "io_impl.h"
#include "poll_impl.h"
#include "socket_impl.h"

hidden int __socket_io(int fd, const struct iovec *iov, int n, int flags, int allowed,
                       short events, struct __fd_file **file)
{
	if (flags & ~allowed) {
		errno = EOPNOTSUPP;
		return -1;
	}
	if (__iov_check(iov, n) < 0)
		return -1;
	int h = __socket_fd(fd, file);
	if (h < 0 || !(flags & MSG_DONTWAIT))
		return h;
	struct pollfd p = { h, events, 0 };
	int r = __poll(&p, 1, 0);
	if (r == 0)
		errno = EAGAIN;
	return r > 0 ? h : -1;
}
