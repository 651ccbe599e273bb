#include <errno.h>
#include "fd_impl.h"
#include "socket_impl.h"
#include "syscall.h"

hidden int __socket_fd(int fd, struct __fd_file **file)
{
	struct __fd_file *f = __fd_file(fd);
	*file = f;
	if (f && f->ops) {
		if (f->ops->shutdown)
			return -2;
		errno = ENOTSOCK;
		return -1;
	}
	int h = f ? f->host : fd;
	int type = fd < 0 ? -1 : __wasi_fd_type(h);
	if (type != __WASI_FILETYPE_SOCKET_STREAM && type != __WASI_FILETYPE_SOCKET_DGRAM) {
		errno = type < 0 ? EBADF : ENOTSOCK;
		return -1;
	}
	return h;
}
