#include "io_impl.h"
#include "seek_impl.h"
#include "syscall.h"

static __wasi_errno_t once(int fd, const struct iovec *iov, int n, int write, long long off,
                           __wasi_size_t *done)
{
	/* struct iovec has the layout of __wasi_iovec_t and __wasi_ciovec_t. */
	if (write)
		return off < 0 ? __wasi_fd_write(fd, (const __wasi_ciovec_t *)iov, (size_t)n, done)
		       : __wasi_fd_pwrite(fd, (const __wasi_ciovec_t *)iov, (size_t)n,
		                          (__wasi_filesize_t)off, done);
	return off < 0 ? __wasi_fd_read(fd, (const __wasi_iovec_t *)iov, (size_t)n, done)
	       : __wasi_fd_pread(fd, (const __wasi_iovec_t *)iov, (size_t)n,
	                         (__wasi_filesize_t)off, done);
}

hidden ssize_t __io_vec(int fd, const struct iovec *iov, int n, int write, long long off)
{
	size_t total = 0;
	int regular = -1;
	for (;;) {
		/* An empty first buffer could make the host move nothing. */
		while (n > 1 && iov->iov_len == 0) {
			iov++;
			n--;
		}
		__wasi_size_t done;
		__wasi_errno_t e = once(fd, iov, n, write, off, &done);
		if (e) {
			if (total)
				return (ssize_t)total;
			return off < 0 ? __io_fail(fd, e) : __seek_fail(fd, e, EISDIR);
		}
		total += done;
		if (off >= 0)
			off += done;
		/* Skip the buffers the call filled; go on only if it stopped
		   exactly at the end of one and more are left. */
		while (n > 0 && done >= iov->iov_len) {
			done -= iov->iov_len;
			iov++;
			n--;
		}
		if (n == 0 || done > 0 || total == 0)
			return (ssize_t)total;
		if (!write) {
			if (regular < 0) {
				int type = __wasi_fd_type(fd);
				regular = type == __WASI_FILETYPE_REGULAR_FILE
				          || type == __WASI_FILETYPE_BLOCK_DEVICE;
			}
			if (!regular)
				return (ssize_t)total;
		}
	}
}
