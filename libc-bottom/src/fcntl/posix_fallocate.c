#include <fcntl.h>
#include <stdint.h>
#include "fd_impl.h"
#include "syscall.h"

/* Returns the error number (POSIX), leaving errno alone. */
int posix_fallocate(int fd, off_t off, off_t len)
{
	struct __fd_file *f = __fd_file(fd);
	if (f && f->host < 0)
		return ESPIPE;
	int h = f ? f->host : fd;
	if (off < 0 || len <= 0)
		return EINVAL;
	if (off > INT64_MAX - len)
		return EFBIG;
	__wasi_errno_t e = __wasi_fd_allocate(h, (__wasi_filesize_t)off, (__wasi_filesize_t)len);
	if (e == __WASI_ERRNO_NOTSUP) {
		/* wasmtime has no fd_allocate: what it guarantees (the file is
		   at least off+len bytes, what was there unchanged) is a size
		   change when the file is shorter. */
		__wasi_filestat_t st;
		e = __wasi_fd_filestat_get(h, &st);
		if (!e && st.filetype != __WASI_FILETYPE_REGULAR_FILE)
			e = __WASI_ERRNO_NODEV;
		if (!e && st.size < (__wasi_filesize_t)(off + len))
			e = __wasi_fd_filestat_set_size(h, (__wasi_filesize_t)(off + len));
	}
	if (e == __WASI_ERRNO_BADF || e == __WASI_ERRNO_NOTCAPABLE || e == __WASI_ERRNO_ISDIR
	    || e == __WASI_ERRNO_SPIPE) {
		switch (__wasi_fd_type(h)) {
		case -1:
		case __WASI_FILETYPE_REGULAR_FILE:
			e = __WASI_ERRNO_BADF;
			break;
		case __WASI_FILETYPE_DIRECTORY:
			e = __WASI_ERRNO_NODEV;
			break;
		default:
			e = __WASI_ERRNO_SPIPE;
			break;
		}
	}
	return e;
}
