#include <sys/stat.h>
#include "path.h"
#include "syscall.h"

/* The mode has no effect: WASI directories have no permission bits. */
int mkdirat(int dirfd, const char *path, mode_t mode)
{
	struct __path p;
	if (__path_resolve(dirfd, path, &p) < 0)
		return -1;
	__wasi_errno_t e = __wasi_path_create_directory(p.fd, p.rel);
	__path_done(&p);
	if (e == __WASI_ERRNO_PERM)
		e = __WASI_ERRNO_ROFS;
	return __wasi_result(e);
}
