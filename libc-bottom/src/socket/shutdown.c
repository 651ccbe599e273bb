#include <errno.h>
#include <sys/socket.h>
#include "fd_impl.h"
#include "socket_impl.h"
#include "syscall.h"

int shutdown(int fd, int how)
{
	if (how != SHUT_RD && how != SHUT_WR && how != SHUT_RDWR) {
		errno = EINVAL;
		return -1;
	}
	struct __fd_file *f;
	int h = __socket_fd(fd, &f);
	if (h == -2)
		return f->ops->shutdown(f, how);
	if (h < 0)
		return -1;
	/* SHUT_RD and SHUT_WR are WASI's sdflags. */
	__wasi_errno_t e = __wasi_sock_shutdown(h, (__wasi_sdflags_t)how);
	return e ? __socket_fail(h, e) : 0;
}
