#include <unistd.h>
#include "fd_impl.h"
#include "syscall.h"

/* A descriptor opened read-only lacks the FD_DATASYNC right (hosts count
   it as a write right): synchronizing everything then does what was
   asked and more, as POSIX allows. EINVAL for a file that cannot be
   synchronized, as in fsync. */
int fdatasync(int fd)
{
	int h = __fd_host(fd, EINVAL);
	if (h < 0)
		return -1;
	__wasi_errno_t e = __wasi_fd_datasync(h);
	if (e == __WASI_ERRNO_NOTCAPABLE || e == __WASI_ERRNO_BADF)
		e = __wasi_fd_sync(h);
	if ((e == __WASI_ERRNO_BADF || e == __WASI_ERRNO_NOTCAPABLE) && __wasi_fd_type(h) >= 0)
		e = __WASI_ERRNO_INVAL;
	return __wasi_result(e);
}
