#include <unistd.h>
#include "fd_impl.h"
#include "syscall.h"

int ftruncate(int fd, off_t length)
{
	int h = __fd_host(fd, EINVAL);
	if (h < 0)
		return -1;
	if (length < 0) {
		errno = EINVAL;
		return -1;
	}
	__wasi_errno_t e = __wasi_fd_filestat_set_size(h, (__wasi_filesize_t)length);
	/* POSIX: EINVAL for a file that is not a regular file, EBADF (or
	   EINVAL) for one not open for writing. */
	if (e == __WASI_ERRNO_BADF || e == __WASI_ERRNO_NOTCAPABLE || e == __WASI_ERRNO_ISDIR) {
		int type = __wasi_fd_type(h);
		e = type == __WASI_FILETYPE_REGULAR_FILE ? __WASI_ERRNO_BADF
		    : type < 0 ? __WASI_ERRNO_BADF : __WASI_ERRNO_INVAL;
	}
	return __wasi_result(e);
}
