#include <errno.h>
#include <fcntl.h>
#include <sys/socket.h>
#include "fd_impl.h"
#include "socket_impl.h"
#include "syscall.h"

/* WASI does not tell who connected: the address, if asked for, has
   length 0 (docs/posix.md). */
int accept4(int fd, struct sockaddr *restrict addr, socklen_t *restrict len, int flags)
{
	if (flags & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)) {
		errno = EINVAL;
		return -1;
	}
	struct __fd_file *f;
	int h = __socket_fd(fd, &f);
	if (h == -2) {
		/* A socket pair end is connected, not listening. */
		errno = EINVAL;
		return -1;
	}
	if (h < 0)
		return -1;
	__wasi_fd_t conn;
	__wasi_errno_t e = __wasi_sock_accept(h, flags & SOCK_NONBLOCK ? __WASI_FDFLAGS_NONBLOCK : 0, &conn);
	if (e)
		return __socket_fail(h, e);
	if ((flags & SOCK_CLOEXEC) && __fd_set_cloexec((int)conn, 1) < 0) {
		int saved = errno;
		(void)__wasi_fd_close(conn);
		errno = saved;
		return -1;
	}
	if (addr && len)
		*len = 0;
	return (int)conn;
}
