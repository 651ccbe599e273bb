#include <fcntl.h>
#include "fd_impl.h"
#include "syscall.h"

/* Returns the error number (POSIX), leaving errno alone. */
int posix_fadvise(int fd, off_t off, off_t len, int advice)
{
	struct __fd_file *f = __fd_file(fd);
	if (f && f->host < 0)
		return ESPIPE;
	int h = f ? f->host : fd;
	/* Checked here: a host may trap on an advice outside the enum. */
	if (advice < POSIX_FADV_NORMAL || advice > POSIX_FADV_NOREUSE || off < 0 || len < 0)
		return EINVAL;
	__wasi_errno_t e = __wasi_fd_advise(h, (__wasi_filesize_t)off, (__wasi_filesize_t)len,
	                                    (__wasi_advice_t)advice);
	if (e == __WASI_ERRNO_BADF || e == __WASI_ERRNO_NOTCAPABLE || e == __WASI_ERRNO_SPIPE) {
		int type = __wasi_fd_type(h);
		e = type < 0 || type == __WASI_FILETYPE_REGULAR_FILE || type == __WASI_FILETYPE_DIRECTORY
		    ? __WASI_ERRNO_BADF : __WASI_ERRNO_SPIPE;
	}
	return e;
}
