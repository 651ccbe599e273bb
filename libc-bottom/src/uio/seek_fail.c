#include "seek_impl.h"
#include "syscall.h"

hidden int __seek_fail(int fd, int e, int dir_error)
{
	if (e == __WASI_ERRNO_BADF || e == __WASI_ERRNO_NOTCAPABLE || e == __WASI_ERRNO_SPIPE) {
		switch (__wasi_fd_type(fd)) {
		case -1:
			e = __WASI_ERRNO_BADF;
			break;
		case __WASI_FILETYPE_REGULAR_FILE:
		case __WASI_FILETYPE_BLOCK_DEVICE:
			if (e == __WASI_ERRNO_NOTCAPABLE)
				e = __WASI_ERRNO_BADF;
			break;
		case __WASI_FILETYPE_DIRECTORY:
			e = dir_error ? (__wasi_errno_t)dir_error : __WASI_ERRNO_BADF;
			break;
		default:
			e = __WASI_ERRNO_SPIPE;
			break;
		}
	}
	return __wasi_fail((__wasi_errno_t)e);
}
