#include <limits.h>
#include <string.h>
#include <unistd.h>
#include "path.h"
#include "syscall.h"

ssize_t readlinkat(int dirfd, const char *restrict path, char *restrict buf, size_t size)
{
	if (size == 0) {
		errno = EINVAL;
		return -1;
	}
	struct __path p;
	if (__path_resolve(dirfd, path, &p) < 0)
		return -1;
	__wasi_size_t n;
	__wasi_errno_t e = __wasi_path_readlink(p.fd, p.rel, (uint8_t *)buf, size, &n);
	if (e == __WASI_ERRNO_NOBUFS || e == __WASI_ERRNO_RANGE) {
		/* Node refuses a buffer shorter than the link, where POSIX
		   truncates: read it whole, then cut. */
		char whole[PATH_MAX];
		e = __wasi_path_readlink(p.fd, p.rel, (uint8_t *)whole, sizeof whole, &n);
		if (!e) {
			n = n < size ? n : size;
			memcpy(buf, whole, n);
		}
	}
	__path_done(&p);
	return e ? __wasi_fail(e) : (ssize_t)n;
}
