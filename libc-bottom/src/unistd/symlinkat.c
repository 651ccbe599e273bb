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
	if (e == __WASI_ERRNO_PERM)
		e = __WASI_ERRNO_ROFS;
	return __wasi_result(e);
}
