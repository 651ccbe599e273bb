#include <unistd.h>
#include "fd_impl.h"
#include "seek_impl.h"
#include "syscall.h"

ssize_t pread(int fd, void *buf, size_t n, off_t off)
{
	int h = __fd_host(fd, ESPIPE);
	if (h < 0)
		return -1;
	if (off < 0) {
		errno = EINVAL;
		return -1;
	}
	__wasi_iovec_t iov = { buf, n };
	__wasi_size_t got;
	__wasi_errno_t e = __wasi_fd_pread(h, &iov, 1, (__wasi_filesize_t)off, &got);
	return e ? __seek_fail(h, e, EISDIR) : (ssize_t)got;
}
