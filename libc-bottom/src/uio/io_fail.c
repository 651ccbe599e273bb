#include "io_impl.h"
#include "syscall.h"

hidden int __io_fail(int fd, int e)
{
	if (e == __WASI_ERRNO_BADF || e == __WASI_ERRNO_NOTCAPABLE) {
		int type = __wasi_fd_type(fd);
		e = type == __WASI_FILETYPE_DIRECTORY ? __WASI_ERRNO_ISDIR : __WASI_ERRNO_BADF;
	}
	return __wasi_fail((__wasi_errno_t)e);
}
