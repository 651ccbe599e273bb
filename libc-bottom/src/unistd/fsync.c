#include <unistd.h>
#include "fd_impl.h"
#include "syscall.h"

/* POSIX: EINVAL for a file that cannot be synchronized (a pipe, a
   terminal), where hosts say EBADF or ENOTCAPABLE. */
int fsync(int fd)
{
	int h = __fd_host(fd, EINVAL);
	if (h < 0)
		return -1;
	__wasi_errno_t e = __wasi_fd_sync(h);
	if ((e == __WASI_ERRNO_BADF || e == __WASI_ERRNO_NOTCAPABLE) && __wasi_fd_type(h) >= 0)
		e = __WASI_ERRNO_INVAL;
	return __wasi_result(e);
}
