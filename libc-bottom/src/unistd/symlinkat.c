#include <unistd.h>
#include "path.h"
#include "syscall.h"

int symlinkat(const char *target, int dirfd, const char *path)
{
	if (!*target) {
		errno = ENOENT;
		return -1;
	}
	struct __path p;
	if (__path_resolve(dirfd, path, &p) < 0)
		return -1;
	__wasi_errno_t e = __wasi_path_symlink(target, p.fd, p.rel);
	__path_done(&p);
	/* Hosts refuse a link to an absolute path, which could lead out of
	   the sandbox, with EPERM (Linux's "links not supported here"); for
	   a relative one EPERM means a read-only preopen. */
	if (e == __WASI_ERRNO_PERM && target[0] != '/')
		e = __WASI_ERRNO_ROFS;
	else if (e == __WASI_ERRNO_NOTCAPABLE)
		e = __WASI_ERRNO_PERM;
	return __wasi_result(e);
}
